"use client";

import { signInWithCredentials } from "./next-auth-client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { signUpAction } from "@/lib/actions/sign-up";
import { PASSWORD_HINT } from "@/components/auth/password-hint";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { SignUpInput } from "@/lib/users/schemas";

export function SignUpForm({ defaultEmail, next }: { defaultEmail: string; next: string }) {
  const router = useRouter();
  const [checkInbox, setCheckInbox] = useState<string>();
  // Checked by the action only (signUpSchema, same messages on the same fields): classic zod
  // would have been most of this page's JavaScript.
  const form = useForm<SignUpInput>({
    defaultValues: { name: "", email: defaultEmail, password: "" },
  });
  const { errors } = form.formState;
  const { onSubmit, pending, retry } = useActionForm(form, signUpAction, {
    async onSuccess(_, values) {
      // Sign-up answers alike for a new and a taken email; only the new account's password signs
      // in. Otherwise (a taken email, or a sign-in that failed) the inbox has the next step.
      const signedIn = await signInWithCredentials({
        email: values.email,
        password: values.password,
      }).catch(() => undefined);
      if (!signedIn?.ok || signedIn.error) {
        setCheckInbox(values.email);
        return;
      }
      router.replace(next);
      router.refresh();
    },
  });

  const passwordError = errors.password?.message;

  if (checkInbox) {
    return (
      <Alert variant="info">
        <AlertTitle>Check your email</AlertTitle>
        <AlertDescription>
          We sent a message to <span className="font-medium break-words">{checkInbox}</span> about your
          account. If you already had an account, sign in or reset your password.
        </AlertDescription>
      </Alert>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <Field label="Name" error={errors.name?.message} required>
        <Input autoComplete="name" autoFocus {...form.register("name")} />
      </Field>
      <Field label="Email" error={errors.email?.message} required>
        <Input type="email" autoComplete="email" {...form.register("email")} />
      </Field>
      {/* The hint gives way to the error, so the reason shows once. */}
      <Field
        label="Password"
        description={passwordError ? undefined : PASSWORD_HINT}
        error={passwordError}
        required
      >
        <Input type="password" autoComplete="new-password" {...form.register("password")} />
      </Field>
      <FormError form={form} retry={retry} />
      <Button type="submit" loading={pending} className="w-full">
        Create account
      </Button>
    </form>
  );
}
