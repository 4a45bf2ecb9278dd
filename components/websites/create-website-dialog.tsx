"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { createWebsiteAction } from "@/lib/actions/websites";
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
import { FieldError } from "@/components/ui/field";
import { escapeClosesPicker } from "./timezone-combobox";
import { WebsiteFields, applyFieldErrors } from "./website-fields";
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
  const [formError, setFormError] = useState<string>();
  const [navigating, startNavigation] = useTransition();
  const form = useForm<CreateWebsiteFormInput, unknown, CreateWebsiteFormOutput>({
    resolver: zodResolver(createWebsiteFormSchema),
    defaultValues: EMPTY,
  });

  function onOpenChange(next: boolean) {
    if (next) {
      form.reset({ ...EMPTY, timezone: defaultTimezone(options) });
      setFormError(undefined);
    }
    setOpen(next);
  }

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await createWebsiteAction(values);
    if (!result.ok) {
      if (!applyFieldErrors(form.setError, result.error.fields)) setFormError(result.error.message);
      return;
    }
    startNavigation(() => router.push(`/websites/${result.data._id}`));
  });

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
          <FieldError>{formError}</FieldError>
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="outline">Cancel</Button>
            </DialogClose>
            <Button type="submit" loading={form.formState.isSubmitting || navigating}>
              Create website
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
