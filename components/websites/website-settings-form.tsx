"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { updateWebsiteAction } from "@/lib/actions/websites";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import type { WebsiteDto } from "@/lib/websites/website-dto";
import { WebsiteFields, applyFieldErrors, type WebsiteFieldValues } from "./website-fields";
import { websiteSettingsFormSchema, type WebsiteSettingsFormOutput } from "./website-form-schema";
import type { WebsiteOptions } from "@/lib/websites/website-options";

function valuesOf(website: WebsiteDto): WebsiteFieldValues {
  return {
    domain: website.domain,
    name: website.name,
    timezone: website.timezone,
    currency: website.currency,
  };
}

/** Settings → General for people who may change settings (owners and members). */
export function WebsiteSettingsForm({ website, options }: { website: WebsiteDto; options: WebsiteOptions }) {
  const [status, setStatus] = useState<{ error?: string; saved?: boolean }>({});
  const form = useForm<WebsiteFieldValues, unknown, WebsiteSettingsFormOutput>({
    resolver: zodResolver(websiteSettingsFormSchema),
    defaultValues: valuesOf(website),
  });
  const { formState } = form;

  const onSubmit = form.handleSubmit(async (values) => {
    setStatus({});
    const result = await updateWebsiteAction({ websiteId: website._id, ...values });
    if (!result.ok) {
      if (!applyFieldErrors(form.setError, result.error.fields)) setStatus({ error: result.error.message });
      return;
    }
    form.reset(valuesOf(result.data));
    setStatus({ saved: true });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <WebsiteFields form={form} options={options} />
      <FieldError>{status.error}</FieldError>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" loading={formState.isSubmitting} disabled={!formState.isDirty}>
          Save changes
        </Button>
        {formState.isDirty && (
          <Button variant="ghost" onClick={() => form.reset()} disabled={formState.isSubmitting}>
            Discard
          </Button>
        )}
        <p role="status" className="text-sm text-success">
          {status.saved && !formState.isDirty ? "Saved." : ""}
        </p>
      </div>
    </form>
  );
}
