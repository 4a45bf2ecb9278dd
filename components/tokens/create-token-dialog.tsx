"use client";

import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { useState } from "react";
import { OnDemandForm } from "@/components/forms/on-demand-form";
import type { TokenFormValues } from "./token-form";
import { createTokenFormWithContext } from "./token-form-code";

type CreateTokenDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  defaults?: TokenFormValues;
  onCreated: (created: { name: string; secret: string }) => void;
  onCloseAutoFocus?: (event: Event) => void;
};

/** The create dialog; its form mounts fresh on every opening, so nothing lingers from last time. */
export function CreateTokenDialog({
  open,
  onOpenChange,
  defaults,
  onCreated,
  onCloseAutoFocus,
}: CreateTokenDialogProps) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        width="2xl"
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
        <CreateTokenBody defaults={defaults} onCreated={onCreated} />
      </DialogContent>
    </Dialog>
  );
}

/** Mounts with each opening, so the form checks against the roles of that moment. */
function CreateTokenBody(props: Pick<CreateTokenDialogProps, "defaults" | "onCreated">) {
  const [code] = useState(createTokenFormWithContext);
  return <OnDemandForm code={code} props={props} />;
}
