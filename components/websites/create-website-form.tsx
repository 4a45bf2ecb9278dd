"use client";

import { focusPageHeading } from "@/components/feedback/focus-heading";
import { toast } from "@/components/feedback/toast";
import { zodResolver } from "@/components/forms/zod-resolver";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { useForm } from "react-hook-form";
import { createWebsiteAction } from "@/lib/actions/websites";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { useActionForm } from "@/components/forms/use-action-form";
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

/**
 * The new website dialog's form, loaded when the dialog is first wanted (its zod schema and
 * react-hook-form stay out of the websites page's first load). Mounted afresh on every open.
 */
export function CreateWebsiteForm({ options }: { options: WebsiteOptions }) {
  const router = useRouter();
  const [navigating, startNavigation] = useTransition();
  const form = useForm<CreateWebsiteFormInput, unknown, CreateWebsiteFormOutput>({
    resolver: zodResolver(createWebsiteFormSchema),
    defaultValues: { domain: "", name: "", timezone: defaultTimezone(options), currency: "USD" },
  });
  const { onSubmit, pending, retry } = useActionForm(form, createWebsiteAction, {
    onSuccess(created) {
      toast("Website created. You are its owner.");
      const path = `/websites/${created._id}`;
      focusPageHeading(path);
      startNavigation(() => router.push(path));
    },
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <WebsiteFields form={form} options={options} nameOptional />
      <DialogFormFooter form={form} retry={retry} pending={pending || navigating} submit="Create website" />
    </form>
  );
}
