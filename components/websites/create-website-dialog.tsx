"use client";

import { Plus } from "lucide-react";
import { OnDemandForm } from "@/components/forms/on-demand-form";
import { onDemand } from "@/components/forms/use-on-demand";
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

const formCode = onDemand(() => import("./create-website-form").then((module) => module.CreateWebsiteForm));

export function CreateWebsiteDialog({
  options,
  variant = "default",
}: {
  options: WebsiteOptions;
  variant?: ButtonProps["variant"];
}) {
  return (
    <Dialog>
      {/* The form is fetched as the pointer or focus reaches the button, so it is usually there on open. */}
      <DialogTrigger asChild>
        <Button variant={variant} onPointerEnter={formCode.preload} onFocus={formCode.preload}>
          <Plus aria-hidden />
          New website
        </Button>
      </DialogTrigger>
      <DialogContent onEscapeKeyDown={escapeClosesPicker}>
        <DialogHeader>
          <DialogTitle>New website</DialogTitle>
          <DialogDescription>You become its owner and can invite your team afterwards.</DialogDescription>
        </DialogHeader>
        <OnDemandForm code={formCode} props={{ options }} />
      </DialogContent>
    </Dialog>
  );
}
