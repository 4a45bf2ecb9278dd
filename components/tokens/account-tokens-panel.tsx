"use client";

import { Plus } from "lucide-react";
import { useRef } from "react";
import { revokeAccountTokenAction, rollAccountTokenAction } from "@/lib/actions/account-tokens";
import { CredentialsHeading } from "@/components/secrets/credentials-heading";
import { actOutcome, secretOutcome } from "@/components/secrets/outcomes";
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

async function roll(target: CredentialRef, grace: GracePeriod): Promise<SecretOutcome> {
  return secretOutcome(await rollAccountTokenAction({ tokenId: target.id, grace }), (data) => data.key);
}

async function revoke(target: CredentialRef): Promise<ActOutcome> {
  return actOutcome(await revokeAccountTokenAction({ tokenId: target.id }));
}

/** Account settings → API: the list, and the create / reveal / roll / revoke flows around it. */
export function AccountTokensPanel({ tokens, memberships, now }: AccountTokensPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const flows = useSecretFlows("account-token", heading);
  const atLimit = tokens.length >= ACCOUNT_TOKEN_LIMIT;

  return (
    <section aria-labelledby="tokens-heading" className="grid gap-4">
      <CredentialsHeading
        id="tokens-heading"
        headingRef={heading}
        title="API tokens"
        action={
          tokens.length > 0 && (
            <Button disabled={atLimit} onClick={(event) => flows.startCreate(event.currentTarget)}>
              <Plus aria-hidden="true" />
              Create token
            </Button>
          )
        }
      >
        Tokens (<code className="font-mono">dft_…</code>) call the Keyward API as you, within the permissions
        and websites you give them. {tokens.length} of {ACCOUNT_TOKEN_LIMIT} used.
      </CredentialsHeading>

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
        <TokensEmptyState onCreate={flows.startCreate} />
      ) : (
        <TokensTable tokens={tokens} memberships={memberships} now={now} actions={flows.rowActions} />
      )}

      <CreateTokenDialog {...flows.createDialog} memberships={memberships} />
      <SecretDialogs flows={flows} roll={roll} revoke={revoke} />
    </section>
  );
}
