"use client";

import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { updateWebsiteAction } from "@/lib/actions/websites";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { WebsiteDto } from "@/lib/websites/website-dto";
import { WebsiteFields, type WebsiteFieldValues } from "./website-fields";
import type { WebsiteSettingsFormOutput } from "./website-form-schema";
import type { WebsiteOptions } from "@/lib/websites/website-options";

// The schema (and zod) load on the first submit, not with the page.
const settingsResolver = lazyZodResolver(() =>
  import("./website-form-schema").then((module) => module.websiteSettingsFormSchema),
);

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
  const [saved, setSaved] = useState(false);
  const form = useForm<WebsiteFieldValues, unknown, WebsiteSettingsFormOutput>({
    resolver: settingsResolver,
    defaultValues: valuesOf(website),
  });
  const { formState } = form;
  const { onSubmit, pending, retry } = useActionForm(
    form,
    (values: WebsiteSettingsFormOutput) => updateWebsiteAction({ websiteId: website._id, ...values }),
    {
      onSuccess(updated) {
        form.reset(valuesOf(updated));
        setSaved(true);
      },
    },
  );

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <WebsiteFields form={form} options={options} />
      <FormError form={form} retry={retry} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" loading={pending} disabled={!formState.isDirty}>
          Save changes
        </Button>
        {formState.isDirty && (
          <Button variant="ghost" onClick={() => form.reset()} disabled={pending}>
            Discard
          </Button>
        )}
        <p role="status" className="text-sm text-success">
          {saved && !formState.isDirty ? "Saved." : ""}
        </p>
      </div>
    </form>
  );
}
