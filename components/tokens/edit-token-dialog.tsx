"use client";

import { editAccountTokenAction } from "@/lib/actions/account-tokens";
import { OnDemandForm } from "@/components/forms/on-demand-form";
import { allowedIpsFormCode } from "@/components/secrets/allowed-ips-form-code";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import type { AccountTokenListItem } from "@/lib/account-tokens/dto";
import { useState } from "react";
import type { EditOutcome } from "./edit-token-form";
import { editTokenFormWithContext } from "./token-form-code";

type EditTokenDialogProps = {
  /** The token to edit; null keeps the dialog closed. */
  token: AccountTokenListItem | null;
  /** Addresses it was used from lately (usage's client IPs and the last one): the allow-list preview checks them. */
  recentIps: readonly string[];
  onClose: () => void;
  onSaved: (outcome: EditOutcome) => void;
  onCloseAutoFocus?: (event: Event) => void;
};

/**
 * Edit one of the person's own tokens: the create dialog's fields, rules and preview, starting
 * from the token as it is. The server validates the change exactly as a creation (role checks
 * naming website and permission) and records the before and after. The secret stays.
 */
export function EditTokenDialog({
  token,
  recentIps,
  onClose,
  onSaved,
  onCloseAutoFocus,
}: EditTokenDialogProps) {
  return (
    <Dialog open={token !== null} onOpenChange={(open) => !open && onClose()}>
      {token && (
        <DialogContent
          width="2xl"
          onCloseAutoFocus={onCloseAutoFocus}
          // A half-edited form survives a stray click outside; Escape and Cancel still close it.
          onInteractOutside={(event) => event.preventDefault()}
        >
          <DialogHeader>
            <DialogTitle className="break-words">Edit “{token.name}”</DialogTitle>
            <DialogDescription>
              The token keeps its secret; the change applies from its next request. It never does more than
              your role allows on a website, and tokens made with it are narrowed to fit.
            </DialogDescription>
          </DialogHeader>
          <OnDemandForm
            key={`${token._id}-ips`}
            code={allowedIpsFormCode}
            props={{
              current: token.allowedIps,
              recentIps,
              save: (allowedIps: string[]) =>
                editAccountTokenAction({ tokenId: token._id, changes: { allowedIps } }),
              onSaved: () => onSaved({ name: token.name, clamped: 0, revoked: 0 }),
            }}
          />
          <EditTokenBody key={token._id} tokenId={token._id} onSaved={onSaved} />
        </DialogContent>
      )}
    </Dialog>
  );
}

/** Mounts with each opening: the form starts from the token and the roles of that moment. */
function EditTokenBody({ tokenId, onSaved }: { tokenId: string; onSaved: (outcome: EditOutcome) => void }) {
  const [code] = useState(() => editTokenFormWithContext(tokenId));
  return <OnDemandForm code={code} props={{ onSaved }} />;
}
