"use client";

import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { updateProfileAction } from "@/lib/actions/account";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { profileSchema } from "@/lib/users/schemas";

// The schema (and zod) load on the first submit, not with the page.
const profileResolver = lazyZodResolver(() =>
  import("@/lib/users/schemas").then((module) => module.profileSchema),
);

type ProfileInput = z.input<typeof profileSchema>;

export function ProfileForm({ name, email }: { name: string; email: string }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useForm<ProfileInput>({
    resolver: profileResolver,
    defaultValues: { name },
  });
  const { formState } = form;
  const { onSubmit, pending, retry } = useActionForm(form, updateProfileAction, {
    onSuccess(profile) {
      form.reset({ name: profile.name });
      setSaved(true);
      router.refresh();
    },
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-md gap-4">
      <Field label="Name" error={formState.errors.name?.message} required>
        <Input autoComplete="name" {...form.register("name")} />
      </Field>
      <Field label="Email" description="Your sign-in email cannot be changed here.">
        <Input value={email} readOnly disabled />
      </Field>
      <FormError form={form} retry={retry} />
      <div className="flex items-center gap-3">
        <Button type="submit" loading={pending} disabled={!formState.isDirty}>
          Save profile
        </Button>
        <p role="status" className="text-sm text-success">
          {saved && !formState.isDirty ? "Saved." : ""}
        </p>
      </div>
    </form>
  );
}
