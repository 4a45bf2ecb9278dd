"use client";

import { ActionError } from "@/components/forms/action-error";
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
import { CREDENTIAL_NOUN, type ActOutcome, type CredentialKind, type CredentialRef } from "./types";

type ExpirePreviousDialogProps = {
  kind: CredentialKind;
  /** The credential whose old secret to end; null keeps the dialog closed. */
  target: CredentialRef | null;
  onClose: () => void;
  expire: (target: CredentialRef) => Promise<ActOutcome>;
  /** Called after success, before the dialog closes (e.g. to announce it). */
  onExpired?: (target: CredentialRef) => void;
  onCloseAutoFocus?: (event: Event) => void;
};

/**
 * Confirms ending a roll's grace period now: the old secret is refused from the next request on,
 * the current one keeps working. Cancel keeps the focus default, as for every destructive act.
 */
export function ExpirePreviousDialog({
  kind,
  target,
  onClose,
  expire,
  onExpired,
  onCloseAutoFocus,
}: ExpirePreviousDialogProps) {
  return (
    <AlertDialog open={target !== null} onOpenChange={(open) => !open && onClose()}>
      {target && (
        <AlertDialogContent onCloseAutoFocus={onCloseAutoFocus}>
          <ExpirePreviousBody
            kind={kind}
            target={target}
            expire={expire}
            onExpired={() => {
              onExpired?.(target);
              onClose();
            }}
          />
        </AlertDialogContent>
      )}
    </AlertDialog>
  );
}

type ExpirePreviousBodyProps = Pick<ExpirePreviousDialogProps, "kind" | "expire"> & {
  target: CredentialRef;
  onExpired: () => void;
};

function ExpirePreviousBody({ kind, target, expire, onExpired }: ExpirePreviousBodyProps) {
  const expiring = useAction(expire, { onSuccess: onExpired });
  const noun = CREDENTIAL_NOUN[kind];

  return (
    <>
      <AlertDialogHeader>
        <AlertDialogTitle>Expire the old secret of “{target.name}” now?</AlertDialogTitle>
        <AlertDialogDescription>
          Requests using the {noun}&apos;s previous secret are refused from now on, instead of when its grace
          period ends. The current secret (
          <span className="font-mono text-foreground">{target.displayKey}</span>) keeps working. This
          can&apos;t be undone.
        </AlertDialogDescription>
      </AlertDialogHeader>
      <ActionError
        failure={expiring.failure}
        onRetry={expiring.retry}
        lead={`The old secret of “${target.name}” was not expired.`}
      />
      <AlertDialogFooter>
        <AlertDialogCancel>Cancel</AlertDialogCancel>
        <Button variant="destructive" loading={expiring.pending} onClick={() => expiring.execute(target)}>
          Expire old secret
        </Button>
      </AlertDialogFooter>
    </>
  );
}
