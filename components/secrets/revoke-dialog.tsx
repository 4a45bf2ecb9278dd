"use client";

import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { FieldError } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";
import { ConfirmCredentialAct, CredentialActDialog } from "./credential-act-dialog";
import {
  CREDENTIAL_NOUN,
  type ActOutcome,
  type CredentialKind,
  type CredentialRef,
  type LineageItem,
  type LineageOutcome,
} from "./types";
import { useLineagePreview, type LineagePreview } from "./use-lineage-preview";

type RevokeDialogProps = {
  kind: CredentialKind;
  /** The credential to revoke; null keeps the dialog closed. */
  target: CredentialRef | null;
  onClose: () => void;
  revoke: (target: CredentialRef) => Promise<ActOutcome>;
  /** What the revoke would also end: asked when the dialog opens, shown before confirming. */
  preview: (target: CredentialRef) => Promise<LineageOutcome>;
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
  preview,
  onRevoked,
  onCloseAutoFocus,
}: RevokeDialogProps) {
  return (
    <CredentialActDialog
      target={target}
      onClose={onClose}
      onDone={onRevoked}
      onCloseAutoFocus={onCloseAutoFocus}
    >
      {(target, done) => (
        <RevokeBody kind={kind} target={target} revoke={revoke} preview={preview} onRevoked={done} />
      )}
    </CredentialActDialog>
  );
}

type RevokeBodyProps = Pick<RevokeDialogProps, "kind" | "revoke" | "preview"> & {
  target: CredentialRef;
  onRevoked: () => void;
};

function RevokeBody({ kind, target, revoke, preview, onRevoked }: RevokeBodyProps) {
  const lineage = useLineagePreview(target, preview);
  const noun = CREDENTIAL_NOUN[kind];

  return (
    <ConfirmCredentialAct
      target={target}
      act={revoke}
      onDone={onRevoked}
      title={<>Revoke “{target.name}”?</>}
      description={
        <>
          Requests using <span className="font-mono text-foreground">{target.displayKey}</span> are refused
          from now on, including a previous secret still in its grace period. This can&apos;t be undone; the{" "}
          {noun} stays in the activity log.
        </>
      }
      failureLead={`“${target.name}” was not revoked.`}
      confirmLabel={`Revoke ${noun}`}
      confirmDisabled={"status" in lineage}
    >
      <AlsoRevoked state={lineage} />
    </ConfirmCredentialAct>
  );
}

const ITEM_NOUN: Readonly<Record<CredentialKind, string>> = {
  "account-token": "token",
  "website-key": "API key",
};

/** "This also revokes N credentials made with it", and which, before the person confirms. */
function AlsoRevoked({ state }: { state: LineagePreview }) {
  if ("status" in state) {
    return (
      <p className="flex items-center gap-2 text-sm text-muted-foreground">
        <Spinner label="Checking what was made with it" />
        Checking what was made with it…
      </p>
    );
  }
  if (!state.ok) {
    return (
      <FieldError>
        Keyward could not list what was made with it ({state.message}). Revoking still ends every credential
        made with it.
      </FieldError>
    );
  }
  const items = state.items;
  if (items.length === 0) return null;
  return (
    <Alert variant="warning">
      <AlertTitle>
        This also revokes {items.length === 1 ? "1 credential" : `${items.length} credentials`} made with it
      </AlertTitle>
      <AlertDescription>
        <ul aria-label="Also revoked" className="mt-1 grid max-h-48 gap-1.5 overflow-y-auto">
          {items.map((item) => (
            <LineageRow key={item._id} item={item} />
          ))}
        </ul>
      </AlertDescription>
    </Alert>
  );
}

function LineageRow({ item }: { item: LineageItem }) {
  return (
    <li className="grid min-w-0" style={{ paddingInlineStart: `${(Math.min(item.depth, 4) - 1) * 0.75}rem` }}>
      <span className="font-medium break-words text-foreground">
        {item.name} <span className="font-normal text-muted-foreground">({ITEM_NOUN[item.kind]})</span>
      </span>
      <span className="font-mono text-xs">{item.displayKey}</span>
    </li>
  );
}
