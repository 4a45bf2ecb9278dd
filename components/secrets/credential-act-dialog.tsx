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
import type { ActOutcome, CredentialRef } from "./types";

type CredentialActDialogProps = {
  /** The credential acted on; null keeps the dialog closed. */
  target: CredentialRef | null;
  onClose: () => void;
  /** Called after success, before the dialog closes (e.g. to announce it). */
  onDone?: (target: CredentialRef) => void;
  onCloseAutoFocus?: (event: Event) => void;
  /** The open dialog's content; `done` announces the success and closes the dialog. */
  children: (target: CredentialRef, done: () => void) => React.ReactNode;
};

/** The dialog of a destructive act on one credential of a list: open while there is a target. */
export function CredentialActDialog({
  target,
  onClose,
  onDone,
  onCloseAutoFocus,
  children,
}: CredentialActDialogProps) {
  return (
    <AlertDialog open={target !== null} onOpenChange={(open) => !open && onClose()}>
      {target && (
        <AlertDialogContent onCloseAutoFocus={onCloseAutoFocus}>
          {children(target, () => {
            onDone?.(target);
            onClose();
          })}
        </AlertDialogContent>
      )}
    </AlertDialog>
  );
}

type ConfirmCredentialActProps = {
  target: CredentialRef;
  act: (target: CredentialRef) => Promise<ActOutcome>;
  onDone: () => void;
  title: React.ReactNode;
  description: React.ReactNode;
  /** What a failure did not do ("“CI deploy” was not revoked."), before its reason. */
  failureLead: string;
  confirmLabel: string;
  confirmDisabled?: boolean;
  /** Between the description and a failure (e.g. what the act also ends). */
  children?: React.ReactNode;
};

/**
 * Title, consequences, a failure with Retry, then Cancel and the destructive button. Cancel keeps
 * the focus default, as for every destructive act.
 */
export function ConfirmCredentialAct({
  target,
  act,
  onDone,
  title,
  description,
  failureLead,
  confirmLabel,
  confirmDisabled,
  children,
}: ConfirmCredentialActProps) {
  const acting = useAction(act, { onSuccess: onDone });
  return (
    <>
      <AlertDialogHeader>
        <AlertDialogTitle>{title}</AlertDialogTitle>
        <AlertDialogDescription>{description}</AlertDialogDescription>
      </AlertDialogHeader>
      {children}
      <ActionError failure={acting.failure} onRetry={acting.retry} lead={failureLead} />
      <AlertDialogFooter>
        <AlertDialogCancel>Cancel</AlertDialogCancel>
        <Button
          variant="destructive"
          loading={acting.pending}
          disabled={confirmDisabled}
          onClick={() => acting.execute(target)}
        >
          {confirmLabel}
        </Button>
      </AlertDialogFooter>
    </>
  );
}
