"use client";

import { useAction } from "@/components/forms/use-action-form";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import { CREDENTIAL_NOUN, type ActOutcome, type CredentialKind, type CredentialRef } from "./types";

type RevokeDialogProps = {
  kind: CredentialKind;
  /** The credential to revoke; null keeps the dialog closed. */
  target: CredentialRef | null;
  onClose: () => void;
  revoke: (target: CredentialRef) => Promise<ActOutcome>;
  /** Called after a successful revoke, before the dialog closes (e.g. to announce it). */
  onRevoked?: (target: CredentialRef) => void;
  onCloseAutoFocus?: (event: Event) => void;
};

/** Names the credential and revokes it for good; the destructive button is never the default focus. */
export function RevokeDialog({
  kind,
  target,
  onClose,
  revoke,
  onRevoked,
  onCloseAutoFocus,
}: RevokeDialogProps) {
  return (
    <AlertDialog open={target !== null} onOpenChange={(open) => !open && onClose()}>
      {target && (
        <AlertDialogContent onCloseAutoFocus={onCloseAutoFocus}>
          <RevokeBody
            kind={kind}
            target={target}
            revoke={revoke}
            onRevoked={() => {
              onRevoked?.(target);
              onClose();
            }}
          />
        </AlertDialogContent>
      )}
    </AlertDialog>
  );
}

type RevokeBodyProps = Pick<RevokeDialogProps, "kind" | "revoke"> & {
  target: CredentialRef;
  onRevoked: () => void;
};

function RevokeBody({ kind, target, revoke, onRevoked }: RevokeBodyProps) {
  const revoking = useAction(revoke, { onSuccess: onRevoked });
  const noun = CREDENTIAL_NOUN[kind];

  return (
    <>
      <AlertDialogHeader>
        <AlertDialogTitle>Revoke “{target.name}”?</AlertDialogTitle>
        <AlertDialogDescription>
          Requests using <span className="font-mono text-foreground">{target.displayKey}</span> are refused
          from now on, including a previous secret still in its grace period. This can&apos;t be undone; the{" "}
          {noun} stays in the activity log.
        </AlertDialogDescription>
      </AlertDialogHeader>
      <FieldError>{revoking.error}</FieldError>
      <AlertDialogFooter>
        <AlertDialogCancel>Cancel</AlertDialogCancel>
        <Button variant="destructive" loading={revoking.pending} onClick={() => revoking.execute(target)}>
          Revoke {noun}
        </Button>
      </AlertDialogFooter>
    </>
  );
}
