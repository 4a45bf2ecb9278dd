"use client";

import { toast } from "@/components/feedback/toast";
import { Plus } from "lucide-react";
import { useEffect, useRef } from "react";
import {
  expireAccountTokenPreviousSecretAction,
  previewAccountTokenRevokeAction,
  revokeAccountTokenAction,
  revokeAccountTokensAction,
  rollAccountTokenAction,
  rollAccountTokenLineageAction,
} from "@/lib/actions/account-tokens";
import { CredentialControls } from "@/components/hygiene/credential-controls";
import { CredentialsHeading } from "@/components/secrets/credentials-heading";
import { actOutcome, lineageOutcome, secretOutcome } from "@/components/secrets/outcomes";
import { SecretDialogs, useSecretFlows } from "@/components/secrets/secret-flows";
import type {
  ActOutcome,
  CredentialRef,
  LineageOutcome,
  LineageRollOutcome,
  SecretOutcome,
} from "@/components/secrets/types";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { AccountTokenListItem } from "@/lib/account-tokens/dto";
import { TOKEN_LIMIT_MESSAGE } from "@/lib/account-tokens/messages";
import { ACCOUNT_TOKEN_LIMIT } from "@/lib/account-tokens/token-limit";
import type { GracePeriod } from "@/lib/credentials/grace";
import type { OwnPolicyViolation } from "@/lib/token-policy/list-own-policy-violations";
import { CreateTokenDialog } from "./create-token-dialog";
import { EditTokenDialog } from "./edit-token-dialog";
import type { EditOutcome } from "./edit-token-form";
import { ExpiryBanner } from "./expiry-banner";
import { PolicyViolations } from "./policy-violations";
import { RegenerateDialog } from "./regenerate-dialog";
import { isExpired } from "./token-expiry";
import { TokensEmptyState } from "./tokens-empty-state";
import type { TokenFormValues } from "./token-form";
import { createTokenFormCode } from "./token-form-code";
import { TokensTable } from "./tokens-table";
import { withLastUsed } from "@/components/secrets/recent-ips";

type AccountTokensPanelProps = {
  tokens: AccountTokenListItem[];
  /** Per token, the client addresses it was used from lately (usage), for the allow-list preview. */
  recentIps: Record<string, string[]>;
  /** Live tokens a website's token policy would refuse today. */
  violations: OwnPolicyViolation[];
  /** The server's clock at render time, so "expired" agrees between server and browser. */
  now: number;
  /** A narrower replacement to create (issue 20): the create dialog opens with it filled in. */
  replacement?: TokenFormValues;
  /** From an expiry reminder's link: Regenerate opens for it when expired, Edit (a later expiry) before. */
  regenerate?: AccountTokenListItem;
};

async function roll(target: CredentialRef, grace: GracePeriod): Promise<SecretOutcome> {
  return secretOutcome(await rollAccountTokenAction({ tokenId: target.id, grace }), (data) => data.key);
}

async function revoke(target: CredentialRef): Promise<ActOutcome> {
  return actOutcome(await revokeAccountTokenAction({ tokenId: target.id }));
}

async function expirePrevious(target: CredentialRef): Promise<ActOutcome> {
  return actOutcome(await expireAccountTokenPreviousSecretAction({ tokenId: target.id }));
}

async function previewRevoke(target: CredentialRef): Promise<LineageOutcome> {
  return lineageOutcome(await previewAccountTokenRevokeAction({ tokenId: target.id }));
}

async function rollAll(target: CredentialRef): Promise<LineageRollOutcome> {
  const result = await rollAccountTokenLineageAction({ tokenId: target.id });
  if (!result.ok) return { ok: false, message: result.error.message };
  // The secrets leave the action result here, once; the result object is dropped.
  const { tokens, keys } = result.data;
  return {
    ok: true,
    secrets: [
      ...tokens.map(({ token, key }) => ({ id: token._id, name: token.name, secret: key })),
      ...keys.map(({ key, secret }) => ({ id: key._id, name: key.name, secret })),
    ],
  };
}

function savedStatus({ name, clamped, revoked }: EditOutcome): string {
  const also = [
    clamped > 0 && `${clamped} made with it ${clamped === 1 ? "was" : "were"} narrowed to fit`,
    revoked > 0 && `${revoked} made with it ${revoked === 1 ? "was" : "were"} revoked (nothing was left)`,
  ].filter(Boolean);
  return `Token “${name}” saved.${also.length > 0 ? ` ${also.join("; ")}.` : ""}`;
}

/** Account settings → API: the list, and the create / reveal / roll / edit / regenerate / revoke flows around it. */
export function AccountTokensPanel({
  tokens,
  recentIps,
  violations,
  now,
  replacement,
  regenerate,
}: AccountTokensPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const flows = useSecretFlows("account-token", heading);
  const { startCreate } = flows;
  useEffect(() => {
    if (replacement && heading.current) startCreate(heading.current);
    // Once per arrival with a replacement, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [replacement]);
  useEffect(() => {
    if (!regenerate || !heading.current) return;
    const { onEdit, onRegenerate } = flows.rowActions;
    (isExpired(regenerate.expiresAt, now) ? onRegenerate : onEdit)(regenerate, heading.current);
    // Once per arrival from a reminder, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [regenerate?._id]);
  const atLimit = tokens.length >= ACCOUNT_TOKEN_LIMIT;
  const outside = new Set(violations.map((violation) => violation.tokenId));
  const items = tokens.map((token) => ({ ...token, outsidePolicy: outside.has(token._id) }));
  const editing = flows.editing && (tokens.find((token) => token._id === flows.editing?.id) ?? null);

  return (
    <section aria-labelledby="tokens-heading" className="grid gap-4">
      <CredentialsHeading
        id="tokens-heading"
        headingRef={heading}
        title="API tokens"
        action={
          tokens.length > 0 && (
            <Button
              disabled={atLimit}
              onPointerEnter={createTokenFormCode.preload}
              onFocus={createTokenFormCode.preload}
              onClick={(event) => flows.startCreate(event.currentTarget)}
            >
              <Plus aria-hidden="true" />
              Create token
            </Button>
          )
        }
      >
        Tokens (<code className="font-mono">dft_…</code>) call the Keyward API as you, within the permissions
        and websites you give them. {tokens.length} of {ACCOUNT_TOKEN_LIMIT} used.
      </CredentialsHeading>

      <ExpiryBanner tokens={tokens} now={now} />
      <PolicyViolations
        tokens={tokens}
        violations={violations}
        now={now}
        onRevoke={flows.rowActions.onRevoke}
        onRegenerated={({ name, secret }) =>
          flows.showReveal({ kind: "account-token", name, secret, reason: "regenerated" })
        }
      />

      {atLimit && (
        <Alert variant="warning">
          <AlertTitle>You have {ACCOUNT_TOKEN_LIMIT} tokens, the most allowed</AlertTitle>
          <AlertDescription>{TOKEN_LIMIT_MESSAGE}</AlertDescription>
        </Alert>
      )}

      {tokens.length === 0 ? (
        <TokensEmptyState onCreate={flows.startCreate} />
      ) : (
        <CredentialControls
          items={items}
          now={now}
          noun="token"
          filters={["unused", "never-expires", "all-websites", "expiring", "outside-policy"]}
          revokeMany={(tokenIds) => revokeAccountTokensAction({ tokenIds })}
        >
          {(visible) => <TokensTable tokens={visible} now={now} actions={flows.rowActions} />}
        </CredentialControls>
      )}

      <CreateTokenDialog {...flows.createDialog} defaults={replacement} />
      <EditTokenDialog
        token={editing}
        recentIps={editing ? withLastUsed(editing.lastUsedIp, recentIps[editing._id]) : []}
        onClose={flows.stopEditing}
        onSaved={(outcome) => {
          toast(savedStatus(outcome));
          flows.stopEditing();
          flows.refresh();
        }}
        onCloseAutoFocus={flows.focus.onCloseAutoFocus}
      />
      <RegenerateDialog
        target={flows.regenerating}
        onClose={flows.stopRegenerating}
        onRegenerated={({ name, secret }) => {
          toast(`Token “${name}” regenerated.`);
          flows.showReveal({ kind: "account-token", name, secret, reason: "regenerated" });
          flows.stopRegenerating();
        }}
        // The reveal opens as this dialog closes: focus stays with the reveal.
        onCloseAutoFocus={flows.reveal ? (event) => event.preventDefault() : flows.focus.onCloseAutoFocus}
      />
      <SecretDialogs
        flows={flows}
        roll={roll}
        revoke={revoke}
        previewRevoke={previewRevoke}
        rollAll={rollAll}
        expirePrevious={expirePrevious}
      />
    </section>
  );
}
