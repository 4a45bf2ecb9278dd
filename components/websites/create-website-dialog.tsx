"use client";

import { Plus } from "lucide-react";
import { useState } from "react";
import { OnDemandFallback } from "@/components/forms/on-demand-fallback";
import { useOnDemand } from "@/components/forms/use-on-demand";
import { Button, type ButtonProps } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { escapeClosesPicker } from "./escape-closes-picker";
import type { WebsiteOptions } from "@/lib/websites/website-options";

const loadForm = () => import("./create-website-form").then((module) => module.CreateWebsiteForm);

export function CreateWebsiteDialog({
  options,
  variant = "default",
}: {
  options: WebsiteOptions;
  variant?: ButtonProps["variant"];
}) {
  const [open, setOpen] = useState(false);
  // Fetched as the pointer or focus reaches the button, so the form is usually there on open.
  const form = useOnDemand(loadForm);
  const CreateWebsiteForm = form.value;

  function onOpenChange(next: boolean) {
    if (next) form.start();
    setOpen(next);
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant={variant} onPointerEnter={form.start} onFocus={form.start}>
          <Plus aria-hidden />
          New website
        </Button>
      </DialogTrigger>
      <DialogContent onEscapeKeyDown={escapeClosesPicker}>
        <DialogHeader>
          <DialogTitle>New website</DialogTitle>
          <DialogDescription>You become its owner and can invite your team afterwards.</DialogDescription>
        </DialogHeader>
        {CreateWebsiteForm ? (
          <CreateWebsiteForm options={options} />
        ) : (
          <OnDemandFallback state={form.state} retry={form.start} />
        )}
      </DialogContent>
    </Dialog>
  );
}
