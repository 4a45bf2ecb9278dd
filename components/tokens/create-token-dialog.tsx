"use client";

import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import type { MembershipFact } from "@/lib/access";
import { OnDemandForm } from "@/components/forms/on-demand-form";
import { onDemand } from "@/components/forms/use-on-demand";
import type { TokenFormValues } from "./token-form";

/** Its form (pickers, rules, zod, react-hook-form) loads when wanted; "Create token" preloads it. */
export const createTokenFormCode = onDemand(() =>
  import("./create-token-form").then((module) => module.CreateTokenForm),
);

type CreateTokenDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  memberships: readonly MembershipFact[];
  defaults?: TokenFormValues;
  onCreated: (created: { name: string; secret: string }) => void;
  onCloseAutoFocus?: (event: Event) => void;
};

/** The create dialog; its form mounts fresh on every opening, so nothing lingers from last time. */
export function CreateTokenDialog({
  open,
  onOpenChange,
  memberships,
  defaults,
  onCreated,
  onCloseAutoFocus,
}: CreateTokenDialogProps) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        className="sm:max-w-2xl"
        onCloseAutoFocus={onCloseAutoFocus}
        // A half-filled form survives a stray click outside; Escape and Cancel still close it.
        onInteractOutside={(event) => event.preventDefault()}
      >
        <DialogHeader>
          <DialogTitle>Create an API token</DialogTitle>
          <DialogDescription>
            The token acts as you, limited to the permissions and websites you choose, and never beyond your
            role on a website.
          </DialogDescription>
        </DialogHeader>
        <OnDemandForm code={createTokenFormCode} props={{ memberships, defaults, onCreated }} />
      </DialogContent>
    </Dialog>
  );
}
