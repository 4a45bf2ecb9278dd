"use client";

import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { revokeAccountTokenAction, rollAccountTokenAction } from "@/lib/actions/account-tokens";
import { SecretDialogs, useSecretFlows } from "@/components/secrets/secret-flows";
import type { ActOutcome, CredentialRef, SecretOutcome } from "@/components/secrets/types";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { MembershipFact } from "@/lib/access";
import type { AccountTokenDto } from "@/lib/account-tokens/dto";
import { TOKEN_LIMIT_MESSAGE } from "@/lib/account-tokens/messages";
import { ACCOUNT_TOKEN_LIMIT } from "@/lib/account-tokens/schemas";
import type { GracePeriod } from "@/lib/credentials/grace";
import { CreateTokenDialog } from "./create-token-dialog";
import { TokensEmptyState } from "./tokens-empty-state";
import { TokensTable } from "./tokens-table";

type AccountTokensPanelProps = {
  tokens: AccountTokenDto[];
  memberships: MembershipFact[];
  /** The server's clock at render time, so "expired" agrees between server and browser. */
  now: number;
};

function refOf(token: AccountTokenDto): CredentialRef {
  return { id: token._id, name: token.name, displayKey: token.displayKey };
}

// Each adapter takes the secret out of the action result and lets the result go.
async function roll(target: CredentialRef, grace: GracePeriod): Promise<SecretOutcome> {
  const result = await rollAccountTokenAction({ tokenId: target.id, grace });
  return result.ok ? { ok: true, secret: result.data.key } : { ok: false, message: result.error.message };
}

async function revoke(target: CredentialRef): Promise<ActOutcome> {
  const result = await revokeAccountTokenAction({ tokenId: target.id });
  return result.ok ? { ok: true } : { ok: false, message: result.error.message };
}

/** Account settings → API: the list, and the create / reveal / roll / revoke flows around it. */
export function AccountTokensPanel({ tokens, memberships, now }: AccountTokensPanelProps) {
  const router = useRouter();
  const heading = useRef<HTMLHeadingElement>(null);
  const flows = useSecretFlows("account-token", heading);
  const [creating, setCreating] = useState(false);
  const atLimit = tokens.length >= ACCOUNT_TOKEN_LIMIT;

  function startCreate(opener: HTMLElement) {
    flows.begin(opener);
    setCreating(true);
  }

  return (
    <section aria-labelledby="tokens-heading" className="grid gap-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="grid max-w-prose gap-1">
          <h2 ref={heading} id="tokens-heading" tabIndex={-1} className="text-lg font-medium">
            API tokens
          </h2>
          <p className="text-sm text-muted-foreground">
            Tokens (<code className="font-mono">dft_…</code>) call the Keyward API as you, within the
            permissions and websites you give them. {tokens.length} of {ACCOUNT_TOKEN_LIMIT} used.
          </p>
        </div>
        {tokens.length > 0 && (
          <Button disabled={atLimit} onClick={(event) => startCreate(event.currentTarget)}>
            <Plus aria-hidden="true" />
            Create token
          </Button>
        )}
      </div>

      <p role="status" className="text-sm font-medium text-success empty:hidden">
        {flows.status}
      </p>

      {atLimit && (
        <Alert variant="warning">
          <AlertTitle>You have {ACCOUNT_TOKEN_LIMIT} tokens, the most allowed</AlertTitle>
          <AlertDescription>{TOKEN_LIMIT_MESSAGE}</AlertDescription>
        </Alert>
      )}

      {tokens.length === 0 ? (
        <TokensEmptyState onCreate={startCreate} />
      ) : (
        <TokensTable
          tokens={tokens}
          memberships={memberships}
          now={now}
          onRoll={(token, opener) => flows.startRoll(refOf(token), opener)}
          onRevoke={(token, opener) => flows.startRevoke(refOf(token), opener)}
        />
      )}

      <CreateTokenDialog
        open={creating}
        onOpenChange={setCreating}
        memberships={memberships}
        onCloseAutoFocus={flows.reveal ? (event) => event.preventDefault() : flows.focus.onCloseAutoFocus}
        onCreated={({ name, secret }) => {
          flows.showCreated(name, secret);
          setCreating(false);
          router.refresh();
        }}
      />
      <SecretDialogs flows={flows} roll={roll} revoke={revoke} onChanged={() => router.refresh()} />
    </section>
  );
}
