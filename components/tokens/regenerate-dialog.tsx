"use client";

import { OnDemandForm } from "@/components/forms/on-demand-form";
import { onDemand } from "@/components/forms/use-on-demand";
import type { CredentialRef } from "@/components/secrets/types";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";

// The expiry form (zod, react-hook-form) loads when the dialog opens.
const regenerateFormCode = onDemand(() =>
  import("./regenerate-form").then((module) => module.RegenerateForm),
);

type Regenerated = (regenerated: { name: string; secret: string }) => void;

type RegenerateDialogProps = {
  /** The (expired) token to regenerate; null keeps the dialog closed. */
  target: CredentialRef | null;
  onClose: () => void;
  /** Receives the new secret, taken out of the action result once. */
  onRegenerated: Regenerated;
  onCloseAutoFocus?: (event: Event) => void;
};

/**
 * Regenerate (as GitHub's): a new secret and a new expiry for the same token, name, permissions
 * and websites. The old secret stops working at once.
 */
export function RegenerateDialog({
  target,
  onClose,
  onRegenerated,
  onCloseAutoFocus,
}: RegenerateDialogProps) {
  return (
    <Dialog open={target !== null} onOpenChange={(open) => !open && onClose()}>
      {target && (
        <DialogContent onCloseAutoFocus={onCloseAutoFocus}>
          <DialogHeader>
            <DialogTitle className="break-words">Regenerate “{target.name}”</DialogTitle>
            <DialogDescription>
              You get a new secret and choose a new expiry; the name, permissions and websites stay. The
              secret <span className="font-mono text-foreground">{target.displayKey}</span> stops working at
              once.
            </DialogDescription>
          </DialogHeader>
          <OnDemandForm key={target.id} code={regenerateFormCode} props={{ target, onRegenerated }} />
        </DialogContent>
      )}
    </Dialog>
  );
}
