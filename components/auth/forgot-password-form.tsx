"use client";

import { zodResolver } from "@/components/forms/zod-resolver";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { requestPasswordResetAction } from "@/lib/actions/account-email";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { forgotPasswordSchema, type ForgotPasswordInput } from "@/lib/users/schemas";

/** Asks for a reset link; the answer never says whether the email has an account. */
export function ForgotPasswordForm({ defaultEmail }: { defaultEmail: string }) {
  const [sentTo, setSentTo] = useState<string>();
  const form = useForm<ForgotPasswordInput>({
    resolver: zodResolver(forgotPasswordSchema),
    defaultValues: { email: defaultEmail },
  });
  const { onSubmit, pending, retry } = useActionForm(form, requestPasswordResetAction, {
    onSuccess: ({ email }) => setSentTo(email),
  });

  if (sentTo) {
    return (
      <Alert variant="success">
        <AlertTitle>Check your email</AlertTitle>
        <AlertDescription>
          If an account exists for <span className="font-medium break-words">{sentTo}</span>, we sent it a
          link to choose a new password. The link works once, for one hour.
        </AlertDescription>
      </Alert>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <Field label="Email" error={form.formState.errors.email?.message} required>
        <Input type="email" autoComplete="email" autoFocus {...form.register("email")} />
      </Field>
      <FormError form={form} retry={retry} />
      <Button type="submit" loading={pending} className="w-full">
        Send reset link
      </Button>
    </form>
  );
}
