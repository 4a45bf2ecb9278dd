"use client";

import { zodResolver } from "@/components/forms/zod-resolver";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { resetPasswordAction } from "@/lib/actions/account-email";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { resetPasswordSchema, type ResetPasswordInput } from "@/lib/users/schemas";
import { PASSWORD_HINT } from "./password-hint";

/** Chooses a new password with a reset link; every session of the account ends. */
export function ResetPasswordForm({ token }: { token: string }) {
  const [doneFor, setDoneFor] = useState<string>();
  const form = useForm<ResetPasswordInput>({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { token, password: "" },
  });
  const { onSubmit, pending, retry } = useActionForm(form, resetPasswordAction, {
    onSuccess: ({ email }) => setDoneFor(email),
  });
  const error = form.formState.errors.password?.message;

  if (doneFor) {
    return (
      <div className="grid gap-4">
        <Alert variant="success">
          <AlertTitle>Your password was changed</AlertTitle>
          <AlertDescription>
            Every session of your account was signed out. Sign in with the new password.
          </AlertDescription>
        </Alert>
        <Button asChild className="w-full">
          <Link href={`/sign-in?email=${encodeURIComponent(doneFor)}`}>Sign in</Link>
        </Button>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <Field label="New password" description={error ? undefined : PASSWORD_HINT} error={error} required>
        <Input type="password" autoComplete="new-password" autoFocus {...form.register("password")} />
      </Field>
      <FormError form={form} retry={retry} />
      <Button type="submit" loading={pending} className="w-full">
        Set new password
      </Button>
    </form>
  );
}
