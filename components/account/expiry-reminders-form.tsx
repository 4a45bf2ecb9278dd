"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { toast } from "@/components/feedback/toast";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { setReminderPreferenceAction } from "@/lib/actions/account";

type Values = { enabled: boolean };

/** Account settings: the person's choice of emails before and when their account tokens expire. */
export function ExpiryRemindersForm({ enabled }: Values) {
  const router = useRouter();
  const form = useForm<Values>({ defaultValues: { enabled } });
  const { onSubmit, pending, retry } = useActionForm(form, setReminderPreferenceAction, {
    onSuccess(saved) {
      form.reset(saved);
      toast("Reminder preference saved.");
      router.refresh();
    },
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-md gap-4" aria-label="Token expiry reminders">
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" disabled={pending} {...form.register("enabled")} />
        Email me 7 days and 1 day before an API token expires, and when it has expired
      </label>
      <FormError form={form} retry={retry} />
      <div>
        <Button type="submit" loading={pending} disabled={!form.formState.isDirty}>
          Save reminders
        </Button>
      </div>
    </form>
  );
}
