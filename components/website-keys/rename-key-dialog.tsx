"use client";

import { setWebsiteKeyAllowedIpsAction } from "@/lib/actions/website-keys";
import { OnDemandForm } from "@/components/forms/on-demand-form";
import { onDemand } from "@/components/forms/use-on-demand";
import { allowedIpsFormCode } from "@/components/secrets/allowed-ips-form-code";
import type { CredentialRef } from "@/components/secrets/types";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";

// The forms (zod, react-hook-form, the IP range parser) load when the dialog opens.
const renameFormCode = onDemand(() => import("./rename-key-form").then((module) => module.RenameKeyForm));

type RenameKeyDialogProps = {
  websiteId: string;
  /** The key to rename; null keeps the dialog closed. */
  target: CredentialRef | null;
  onClose: () => void;
  onRenamed: (name: string) => void;
  /** The key's IP allow-list and the addresses it was recently used from (its last one, today). */
  allowList: { current: readonly string[]; recentIps: readonly string[] } | null;
  onAllowListSaved: () => void;
  onCloseAutoFocus?: (event: Event) => void;
};

/** A key's name and IP allow-list: its secret, website, access and lineage stay. */
export function RenameKeyDialog({
  websiteId,
  target,
  onClose,
  onRenamed,
  allowList,
  onAllowListSaved,
  onCloseAutoFocus,
}: RenameKeyDialogProps) {
  return (
    <Dialog open={target !== null} onOpenChange={(open) => !open && onClose()}>
      {target && (
        <DialogContent onCloseAutoFocus={onCloseAutoFocus}>
          <DialogHeader>
            <DialogTitle className="break-words">Rename “{target.name}”</DialogTitle>
            <DialogDescription>
              Only the name changes: <span className="font-mono text-foreground">{target.displayKey}</span>{" "}
              keeps working as before.
            </DialogDescription>
          </DialogHeader>
          <OnDemandForm key={target.id} code={renameFormCode} props={{ websiteId, target, onRenamed }} />
          {allowList && (
            <OnDemandForm
              key={`${target.id}-ips`}
              code={allowedIpsFormCode}
              props={{
                current: allowList.current,
                recentIps: allowList.recentIps,
                save: (allowedIps: string[]) =>
                  setWebsiteKeyAllowedIpsAction({ websiteId, keyId: target.id, allowedIps }),
                onSaved: onAllowListSaved,
              }}
            />
          )}
        </DialogContent>
      )}
    </Dialog>
  );
}
