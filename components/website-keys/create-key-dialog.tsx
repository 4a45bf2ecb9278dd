"use client";

import { OnDemandForm } from "@/components/forms/on-demand-form";
import { onDemand } from "@/components/forms/use-on-demand";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";

/** Its form (zod, react-hook-form) loads when wanted; the Create key buttons preload it on hover or focus. */
export const createKeyFormCode = onDemand(() =>
  import("./create-key-form").then((module) => module.CreateKeyForm),
);

type CreateKeyDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  websiteId: string;
  domain: string;
  onCreated: (created: { name: string; secret: string }) => void;
  onCloseAutoFocus?: (event: Event) => void;
};

export function CreateKeyDialog({
  open,
  onOpenChange,
  websiteId,
  domain,
  onCreated,
  onCloseAutoFocus,
}: CreateKeyDialogProps) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent onCloseAutoFocus={onCloseAutoFocus}>
        <DialogHeader>
          <DialogTitle>Create an API key</DialogTitle>
          <DialogDescription>
            The key works on {domain} only, with a member&apos;s access: analytics, goals, payments, settings,
            funnels and alerts — never the team or deleting the website.
          </DialogDescription>
        </DialogHeader>
        <OnDemandForm code={createKeyFormCode} props={{ websiteId, onCreated }} />
      </DialogContent>
    </Dialog>
  );
}
