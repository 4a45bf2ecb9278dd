"use client";

import { Check, RefreshCw } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { rollWebsiteKeyAction } from "@/lib/actions/website-keys";
import { secretOutcome } from "@/components/secrets/outcomes";
import { RollDialog } from "@/components/secrets/roll-dialog";
import { credentialRef, type CredentialRef, type SecretOutcome } from "@/components/secrets/types";
import { useReturnFocus } from "@/components/secrets/use-return-focus";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import type { GracePeriod } from "@/lib/credentials/grace";
import type { Offboarding } from "@/lib/team/remove-member";

type OffboardingPanelProps = {
  websiteId: string;
  domain: string;
  /** Who was removed, and the website keys they created here. */
  removed: { name: string; email: string; offboarding: Offboarding };
  onDone: () => void;
};

/**
 * After a removal: their account tokens already lost the website; the website keys they created
 * still work (they belong to the website), so each gets a one-click roll.
 */
export function OffboardingPanel({ websiteId, domain, removed, onDone }: OffboardingPanelProps) {
  const keys = removed.offboarding.keysToRoll;
  const [rolling, setRolling] = useState<CredentialRef | null>(null);
  const [rolled, setRolled] = useState<ReadonlySet<string>>(new Set());
  const heading = useRef<HTMLHeadingElement>(null);
  const focus = useReturnFocus(heading);

  // The removed row has left the page: focus moves to this panel, which says what happened.
  useEffect(() => heading.current?.focus(), []);

  async function roll(target: CredentialRef, grace: GracePeriod): Promise<SecretOutcome> {
    const result = await rollWebsiteKeyAction({ websiteId, keyId: target.id, grace });
    const outcome = secretOutcome(result, (data) => data.secret);
    if (outcome.ok) setRolled((previous) => new Set(previous).add(target.id));
    return outcome;
  }

  return (
    <Card role="region" aria-labelledby="offboarding-heading" className="border-success/40">
      <CardHeader>
        <CardTitle ref={heading} id="offboarding-heading" tabIndex={-1}>
          {removed.name} was removed from {domain}
        </CardTitle>
        <CardDescription className="min-w-0 break-words">
          Their account tokens lost this website at once, and {removed.email} can no longer open it.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3 text-sm">
        {keys.length === 0 ? (
          <p>They created no API keys on this website: nothing else to do.</p>
        ) : (
          <>
            <p>
              They created{" "}
              {keys.length === 1
                ? "this API key, which still works"
                : `these ${keys.length} API keys, which still work`}
              . Anyone who saw a secret can keep using it: roll each key and update the servers that use it.
            </p>
            <ul role="list" className="grid gap-2">
              {keys.map((key) => (
                <li
                  key={key._id}
                  className="flex flex-wrap items-center justify-between gap-3 rounded-lg border p-3"
                >
                  <span className="grid min-w-0">
                    <span className="truncate font-medium">{key.name}</span>
                    <span className="truncate font-mono text-xs text-muted-foreground">{key.displayKey}</span>
                  </span>
                  {rolled.has(key._id) ? (
                    <Badge variant="success">
                      <Check aria-hidden /> Rolled
                    </Badge>
                  ) : (
                    <Button
                      size="sm"
                      variant="outline"
                      aria-label={`Roll ${key.name}`}
                      onClick={(event) => {
                        focus.remember(event.currentTarget);
                        setRolling(credentialRef(key));
                      }}
                    >
                      <RefreshCw aria-hidden />
                      Roll
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </CardContent>
      <CardFooter>
        <Button variant="outline" onClick={onDone}>
          Done
        </Button>
      </CardFooter>
      <RollDialog
        kind="website-key"
        target={rolling}
        onClose={() => setRolling(null)}
        roll={roll}
        onCloseAutoFocus={focus.onCloseAutoFocus}
      />
    </Card>
  );
}
