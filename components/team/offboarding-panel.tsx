"use client";

import { Check, RefreshCw, Trash2 } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { rollWebsiteKeyAction } from "@/lib/actions/website-keys";
import { revokePersonKeysAction, rollPersonKeysAction } from "@/lib/actions/team";
import { ActionError } from "@/components/forms/action-error";
import { useAction } from "@/components/forms/use-action-form";
import { secretOutcome } from "@/components/secrets/outcomes";
import { RollDialog } from "@/components/secrets/roll-dialog";
import { SecretListReveal, type ListReveal } from "@/components/secrets/secret-list-reveal";
import { credentialRef, type CredentialRef, type SecretOutcome } from "@/components/secrets/types";
import { useReturnFocus } from "@/components/secrets/use-return-focus";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import type { GracePeriod } from "@/lib/credentials/grace";
import type { Offboarding } from "@/lib/team/remove-member";

/** A person who just lost power on the website: removed, or demoted to viewer. */
export type PeopleChange = {
  userId: string;
  name: string;
  email: string;
  change: "removed" | "demoted";
  offboarding: Offboarding;
};

type OffboardingPanelProps = {
  websiteId: string;
  domain: string;
  person: PeopleChange;
  onDone: () => void;
};

/** What the owner did to a key here; a rolled key shows its new display form. */
type KeyState = { act: "rolled"; displayKey: string } | { act: "revoked" };

function shownKey(displayKey: string, state: KeyState | undefined): string {
  return state?.act === "rolled" ? state.displayKey : displayKey;
}

function keyCount(n: number): string {
  return n === 1 ? "1 API key" : `${n} API keys`;
}

/**
 * After a removal or a demotion: their account tokens already follow; the website keys they
 * stand behind (made by them, and minted from those) still work, so each gets a roll, and all of
 * them "Revoke all" and "Roll all". Keys the owner chose to revoke in the dialog are listed as such.
 */
export function OffboardingPanel({ websiteId, domain, person, onDone }: OffboardingPanelProps) {
  const { keysToRoll: keys, revokedKeys } = person.offboarding;
  const [rolling, setRolling] = useState<CredentialRef | null>(null);
  const [done, setDone] = useState<ReadonlyMap<string, KeyState>>(new Map());
  const [listReveal, setListReveal] = useState<ListReveal | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const focus = useReturnFocus(heading);
  const open = keys.filter((key) => !done.has(key._id));

  // The changed row may have left the page: focus moves to this panel, which says what happened.
  useEffect(() => heading.current?.focus(), []);

  function mark(changes: readonly (readonly [string, KeyState])[]) {
    setDone((previous) => new Map([...previous, ...changes]));
  }

  async function roll(target: CredentialRef, grace: GracePeriod): Promise<SecretOutcome> {
    const result = await rollWebsiteKeyAction({ websiteId, keyId: target.id, grace });
    if (result.ok) mark([[target.id, { act: "rolled", displayKey: result.data.key.displayKey }]]);
    return secretOutcome(result, (data) => data.secret);
  }

  const ref = { websiteId, userId: person.userId };
  const rollAll = useAction(rollPersonKeysAction, {
    onSuccess: ({ data }) => {
      // Expired keys are left as they are: only what came back was rolled.
      mark(data.map(({ key }) => [key._id, { act: "rolled", displayKey: key.displayKey }] as const));
      setListReveal({
        kind: "website-key",
        reason: `Every key ${person.name} stands behind on ${domain} has a new secret.`,
        secrets: data.map(({ key, secret }) => ({ id: key._id, name: key.name, secret })),
      });
    },
  });

  const title =
    person.change === "removed"
      ? `${person.name} was removed from ${domain}`
      : `${person.name} is now a viewer on ${domain}`;

  return (
    <Card role="region" aria-labelledby="offboarding-heading" className="border-success/40">
      <CardHeader>
        <CardTitle ref={heading} id="offboarding-heading" tabIndex={-1}>
          {title}
        </CardTitle>
        <CardDescription className="min-w-0 break-words">
          {person.change === "removed"
            ? `Their account tokens lost this website at once, and ${person.email} can no longer open it.`
            : "Their account tokens, and the API keys they stand behind here, can only read from their next request."}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3 text-sm">
        {revokedKeys.length > 0 && (
          <p>
            You revoked the {keyCount(revokedKeys.length)} they stood behind here:{" "}
            {revokedKeys.map((key) => key.name).join(", ")}.
          </p>
        )}
        {keys.length === 0 && revokedKeys.length === 0 && (
          <p>They stand behind no API keys on this website: nothing else to do.</p>
        )}
        {keys.length > 0 && (
          <>
            <p>
              They stand behind{" "}
              {keys.length === 1
                ? "this API key, which still works"
                : `these ${keys.length} API keys, which still work`}{" "}
              (made by them here, or with a key of theirs). Anyone who saw a secret can keep using it: roll
              each key and update the servers that use it, or revoke them.
            </p>
            <ul role="list" aria-label={`API keys ${person.name} stands behind`} className="grid gap-2">
              {keys.map((key) => (
                <li
                  key={key._id}
                  className="flex flex-wrap items-center justify-between gap-3 rounded-lg border p-3"
                >
                  <span className="grid min-w-0">
                    <span className="truncate font-medium">{key.name}</span>
                    <span className="truncate font-mono text-xs text-muted-foreground">
                      {shownKey(key.displayKey, done.get(key._id))}
                    </span>
                  </span>
                  <KeyAction
                    state={done.get(key._id)}
                    name={key.name}
                    onRoll={(opener) => {
                      focus.remember(opener);
                      setRolling(credentialRef(key));
                    }}
                  />
                </li>
              ))}
            </ul>
            {open.length > 0 && (
              <div className="flex flex-wrap gap-2">
                <Button variant="outline" loading={rollAll.pending} onClick={() => rollAll.execute(ref)}>
                  <RefreshCw aria-hidden />
                  Roll all
                </Button>
                <RevokeAll
                  person={ref}
                  count={open.length}
                  personName={person.name}
                  onRevoked={(ids) => mark(ids.map((id) => [id, { act: "revoked" }] as const))}
                />
              </div>
            )}
            <ActionError failure={rollAll.failure} onRetry={rollAll.retry} />
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
      <SecretListReveal
        reveal={listReveal}
        onDone={() => setListReveal(null)}
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          heading.current?.focus();
        }}
      />
    </Card>
  );
}

function KeyAction({
  state,
  name,
  onRoll,
}: {
  state: KeyState | undefined;
  name: string;
  onRoll: (opener: HTMLElement) => void;
}) {
  if (state?.act === "rolled")
    return (
      <Badge variant="success">
        <Check aria-hidden /> Rolled
      </Badge>
    );
  if (state?.act === "revoked") return <Badge variant="destructive">Revoked</Badge>;
  return (
    <Button
      size="sm"
      variant="outline"
      aria-label={`Roll ${name}`}
      onClick={(event) => onRoll(event.currentTarget)}
    >
      <RefreshCw aria-hidden />
      Roll
    </Button>
  );
}

type RevokeAllProps = {
  person: { websiteId: string; userId: string };
  count: number;
  personName: string;
  onRevoked: (ids: string[]) => void;
};

/** "Revoke all", confirmed first: it can't be undone. */
function RevokeAll({ person, count, personName, onRevoked }: RevokeAllProps) {
  const [open, setOpen] = useState(false);
  const revoking = useAction(revokePersonKeysAction, {
    onSuccess: ({ data }) => {
      onRevoked(data.map((key) => key._id));
      setOpen(false);
    },
  });
  return (
    <AlertDialog open={open} onOpenChange={setOpen}>
      <AlertDialogTrigger asChild>
        <Button variant="ghost-destructive">
          <Trash2 aria-hidden />
          Revoke all
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>
            Revoke the {keyCount(count)} {personName} stands behind?
          </AlertDialogTitle>
          <AlertDialogDescription>
            Every request with them is refused from now on, including keys made with them since. This
            can&apos;t be undone; servers using them need a new key.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <ActionError failure={revoking.failure} onRetry={revoking.retry} />
        <AlertDialogFooter>
          <AlertDialogCancel>Cancel</AlertDialogCancel>
          <Button variant="destructive" loading={revoking.pending} onClick={() => revoking.execute(person)}>
            Revoke all
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
