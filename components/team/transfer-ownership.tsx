"use client";

import { Crown } from "lucide-react";
import { useRef, useState, useTransition } from "react";
import { transferOwnershipAction } from "@/lib/actions/team";
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
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field, FieldError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { ROLE_LABEL } from "@/lib/access";
import type { TeamMember } from "@/lib/team/list-members";

type TransferOwnershipProps = {
  websiteId: string;
  domain: string;
  /** Who can receive the website: everyone on its team but the owner. */
  candidates: TeamMember[];
};

/** Owner-only: hand the website to someone on its team, confirmed by typing their email. */
export function TransferOwnership({ websiteId, domain, candidates }: TransferOwnershipProps) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Transfer ownership</CardTitle>
        <CardDescription className="min-w-0 break-words">
          Make someone on this team the owner of {domain}. You stay on as a member: the new owner manages the
          team from then on, and can change your role or remove you.
        </CardDescription>
      </CardHeader>
      <CardContent>
        {candidates.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            Invite someone first: ownership can only go to a member of this website.
          </p>
        ) : (
          <TransferDialog websiteId={websiteId} domain={domain} candidates={candidates} />
        )}
      </CardContent>
    </Card>
  );
}

function TransferDialog({ websiteId, domain, candidates }: TransferOwnershipProps) {
  const [open, setOpen] = useState(false);
  const [userId, setUserId] = useState("");
  const [typed, setTyped] = useState("");
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const selectRef = useRef<HTMLSelectElement>(null);
  const chosen = candidates.find((member) => member.userId === userId);
  const matches = chosen !== undefined && typed.trim().toLowerCase() === chosen.email;

  function onOpenChange(next: boolean) {
    if (pending) return;
    setOpen(next);
    setUserId("");
    setTyped("");
    setError(undefined);
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!matches) return;
    setError(undefined);
    startTransition(async () => {
      const result = await transferOwnershipAction({ websiteId, userId, confirmEmail: typed });
      // The page re-renders with this person as a member: this card leaves with the owner's controls.
      if (result.ok) setOpen(false);
      else setError(result.error.fields?.confirmEmail ?? result.error.message);
    });
  }

  return (
    <AlertDialog open={open} onOpenChange={onOpenChange}>
      <AlertDialogTrigger asChild>
        <Button variant="outline">
          <Crown aria-hidden />
          Transfer ownership
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent
        onOpenAutoFocus={(event) => {
          event.preventDefault();
          selectRef.current?.focus();
        }}
      >
        <AlertDialogHeader>
          <AlertDialogTitle className="break-words">Transfer ownership of {domain}?</AlertDialogTitle>
          <AlertDialogDescription>
            The new owner can invite and remove people, change roles, transfer the website again and delete
            it. You become a member and can no longer manage the team.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <form onSubmit={onSubmit} noValidate className="grid gap-4">
          <Field label="New owner">
            <Select
              ref={selectRef}
              value={userId}
              onChange={(event) => setUserId(event.target.value)}
              disabled={pending}
            >
              <option value="" disabled>
                Choose a person…
              </option>
              {candidates.map((member) => (
                <option key={member.userId} value={member.userId}>
                  {member.name} ({member.email}) · {ROLE_LABEL[member.role]}
                </option>
              ))}
            </Select>
          </Field>
          {chosen && (
            <Field
              label={
                <span>
                  Type <span className="font-mono font-semibold break-all">{chosen.email}</span> to confirm
                </span>
              }
            >
              <Input
                value={typed}
                onChange={(event) => setTyped(event.target.value)}
                autoComplete="off"
                autoCapitalize="none"
                autoCorrect="off"
                spellCheck={false}
                disabled={pending}
              />
            </Field>
          )}
          <FieldError>{error}</FieldError>
          <AlertDialogFooter>
            <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
            <Button type="submit" variant="destructive" disabled={!matches} loading={pending}>
              Transfer ownership
            </Button>
          </AlertDialogFooter>
        </form>
      </AlertDialogContent>
    </AlertDialog>
  );
}
