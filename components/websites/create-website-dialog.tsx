"use client";

import { focusPageHeading } from "@/components/feedback/focus-heading";
import { toast } from "@/components/feedback/toast";
import { zodResolver } from "@/components/forms/zod-resolver";
import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { createWebsiteAction } from "@/lib/actions/websites";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button, type ButtonProps } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { escapeClosesPicker } from "./timezone-combobox";
import { WebsiteFields } from "./website-fields";
import {
  createWebsiteFormSchema,
  type CreateWebsiteFormInput,
  type CreateWebsiteFormOutput,
} from "./website-form-schema";
import type { WebsiteOptions } from "@/lib/websites/website-options";

/** The browser's own timezone when the server offers it, else UTC. */
function defaultTimezone(options: WebsiteOptions): string {
  const mine = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return options.timezones.some((option) => option.value === mine) ? mine : "UTC";
}

const EMPTY: CreateWebsiteFormInput = { domain: "", name: "", timezone: "UTC", currency: "USD" };

export function CreateWebsiteDialog({
  options,
  variant = "default",
}: {
  options: WebsiteOptions;
  variant?: ButtonProps["variant"];
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [navigating, startNavigation] = useTransition();
  const form = useForm<CreateWebsiteFormInput, unknown, CreateWebsiteFormOutput>({
    resolver: zodResolver(createWebsiteFormSchema),
    defaultValues: EMPTY,
  });
  const { onSubmit, pending, retry } = useActionForm(form, createWebsiteAction, {
    onSuccess(created) {
      toast("Website created. You are its owner.");
      const path = `/websites/${created._id}`;
      focusPageHeading(path);
      startNavigation(() => router.push(path));
    },
  });

  function onOpenChange(next: boolean) {
    if (next) form.reset({ ...EMPTY, timezone: defaultTimezone(options) });
    setOpen(next);
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant={variant}>
          <Plus aria-hidden />
          New website
        </Button>
      </DialogTrigger>
      <DialogContent onEscapeKeyDown={escapeClosesPicker}>
        <DialogHeader>
          <DialogTitle>New website</DialogTitle>
          <DialogDescription>You become its owner and can invite your team afterwards.</DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} noValidate className="grid gap-4">
          <WebsiteFields form={form} options={options} nameOptional />
          <FormError form={form} retry={retry} />
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="outline">Cancel</Button>
            </DialogClose>
            <Button type="submit" loading={pending || navigating}>
              Create website
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
