"use client";

import { RefreshCw, Trash2 } from "lucide-react";
import { useForm } from "react-hook-form";
import { ConfirmDialog } from "@/components/forms/confirm-dialog";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { AccountTokenListItem } from "@/lib/account-tokens/dto";
import { regenerateAccountTokenWithinPolicyAction } from "@/lib/actions/account-tokens";
import type { OwnPolicyViolation } from "@/lib/token-policy/list-own-policy-violations";

const DAY_MS = 86_400_000;

type PolicyViolationsProps = {
  tokens: readonly AccountTokenListItem[];
  violations: readonly OwnPolicyViolation[];
  now: number;
  onRevoke: (token: AccountTokenListItem, opener: HTMLElement) => void;
  /** Receives the new secret, taken out of the action result once. */
  onRegenerated: (regenerated: { name: string; secret: string }) => void;
};

/**
 * Issue 20 point 7 on the person's side: live tokens a website's policy would refuse today (it
 * came or tightened after they were made), each with its rule and a one-step fix.
 */
export function PolicyViolations({
  tokens,
  violations,
  now,
  onRevoke,
  onRegenerated,
}: PolicyViolationsProps) {
  const named = violations.flatMap((violation) => {
    const token = tokens.find((t) => t._id === violation.tokenId);
    return token ? [{ token, violation }] : [];
  });
  if (named.length === 0) return null;
  return (
    <Alert variant="warning" role="region" aria-label="Tokens outside a website's token policy">
      <AlertTitle>
        {named.length === 1 ? "1 token is" : `${named.length} tokens are`} outside a website&apos;s token
        policy
      </AlertTitle>
      <AlertDescription>
        <p>They still work until you fix them: regenerate within the policy, or revoke.</p>
        <ul role="list" className="mt-2 grid gap-3">
          {named.map(({ token, violation }) => (
            <li key={token._id} className="grid gap-2">
              <p className="break-words">
                <span className="font-medium text-foreground">{token.name}</span>{" "}
                <span className="font-mono">{token.displayKey}</span>: {violation.reason}
              </p>
              <div className="flex flex-wrap gap-2">
                {violation.regenerateUntil && (
                  <RegenerateWithinPolicy
                    token={token}
                    days={Math.round((Date.parse(violation.regenerateUntil) - now) / DAY_MS)}
                    onRegenerated={onRegenerated}
                  />
                )}
                <Button
                  size="sm"
                  variant="outline"
                  aria-label={`Revoke “${token.name}”`}
                  onClick={(event) => onRevoke(token, event.currentTarget)}
                >
                  <Trash2 aria-hidden />
                  Revoke
                </Button>
              </div>
            </li>
          ))}
        </ul>
      </AlertDescription>
    </Alert>
  );
}

function RegenerateWithinPolicy({
  token,
  days,
  onRegenerated,
}: {
  token: AccountTokenListItem;
  days: number;
  onRegenerated: PolicyViolationsProps["onRegenerated"];
}) {
  const form = useForm({});
  return (
    <ConfirmDialog
      label="Regenerate within policy"
      icon={RefreshCw}
      triggerVariant="outline"
      title={`Regenerate “${token.name}” within policy?`}
      description={
        <>
          It gets a new secret that expires in {days} {days === 1 ? "day" : "days"}, the longest its websites
          allow; its name, permissions and websites stay. The secret{" "}
          <span className="font-mono text-foreground">{token.displayKey}</span> stops working at once.
        </>
      }
      form={form}
      action={() => regenerateAccountTokenWithinPolicyAction({ tokenId: token._id })}
      // The secret leaves the action result here, once; the result object is dropped.
      onSuccess={(regenerated) => onRegenerated({ name: regenerated.token.name, secret: regenerated.key })}
      done={`Token “${token.name}” regenerated within policy.`}
    />
  );
}
