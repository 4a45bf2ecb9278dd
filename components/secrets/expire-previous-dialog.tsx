"use client";

import { ConfirmCredentialAct, CredentialActDialog } from "./credential-act-dialog";
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
 * the current one keeps working.
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
    <CredentialActDialog
      target={target}
      onClose={onClose}
      onDone={onExpired}
      onCloseAutoFocus={onCloseAutoFocus}
    >
      {(target, done) => (
        <ConfirmCredentialAct
          target={target}
          act={expire}
          onDone={done}
          title={<>Expire the old secret of “{target.name}” now?</>}
          description={
            <>
              Requests using the {CREDENTIAL_NOUN[kind]}&apos;s previous secret are refused from now on,
              instead of when its grace period ends. The current secret (
              <span className="font-mono text-foreground">{target.displayKey}</span>) keeps working. This
              can&apos;t be undone.
            </>
          }
          failureLead={`The old secret of “${target.name}” was not expired.`}
          confirmLabel="Expire old secret"
        />
      )}
    </CredentialActDialog>
  );
}
