"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { updateProfileAction } from "@/lib/actions/account";
import { Button } from "@/components/ui/button";
import { Field, FieldError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { profileSchema } from "@/lib/users/schemas";

type ProfileInput = z.input<typeof profileSchema>;

export function ProfileForm({ name, email }: { name: string; email: string }) {
  const router = useRouter();
  const [status, setStatus] = useState<{ error?: string; saved?: boolean }>({});
  const { register, handleSubmit, formState, setError, reset } = useForm<ProfileInput>({
    resolver: zodResolver(profileSchema),
    defaultValues: { name },
  });

  const onSubmit = handleSubmit(async (values) => {
    setStatus({});
    const result = await updateProfileAction(values);
    if (!result.ok) {
      if (result.error.fields?.name) setError("name", { message: result.error.fields.name });
      else setStatus({ error: result.error.message });
      return;
    }
    reset({ name: result.data.name });
    setStatus({ saved: true });
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-md gap-4">
      <Field label="Name" error={formState.errors.name?.message} required>
        <Input autoComplete="name" {...register("name")} />
      </Field>
      <Field label="Email" description="Your sign-in email cannot be changed here.">
        <Input value={email} readOnly disabled />
      </Field>
      <FieldError>{status.error}</FieldError>
      <div className="flex items-center gap-3">
        <Button type="submit" loading={formState.isSubmitting} disabled={!formState.isDirty}>
          Save profile
        </Button>
        <p role="status" className="text-sm text-success">
          {status.saved && !formState.isDirty ? "Saved." : ""}
        </p>
      </div>
    </form>
  );
}
