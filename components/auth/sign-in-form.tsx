"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type FieldErrors } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/action-result";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { signInSchema, type SignInInput } from "@/lib/users/schemas";
import { signInErrorMessage } from "@/lib/users/sign-in-messages";

/** next-auth's sign-in as an action result, so the form takes it through the same bridge. */
async function signInAction(values: SignInInput): Promise<ActionResult<null>> {
  const result = await signIn("credentials", { ...values, redirect: false });
  if (result?.ok && !result.error) return { ok: true, data: null };
  return { ok: false, error: { code: "UNAUTHENTICATED", message: signInErrorMessage(result?.error) } };
}

type SignInFormProps = { defaultEmail: string; next: string; initialError?: string };

export function SignInForm({ defaultEmail, next, initialError }: SignInFormProps) {
  const router = useRouter();
  // A refused plain form post comes back as ?error=…: shown like any other form error.
  const [errors] = useState<FieldErrors<SignInInput> | undefined>(() =>
    initialError ? { root: { server: { type: "UNAUTHENTICATED", message: initialError } } } : undefined,
  );
  const form = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: defaultEmail, password: "" },
    errors,
  });
  const { onSubmit, pending } = useActionForm(form, signInAction, {
    onSuccess() {
      router.replace(next);
      router.refresh();
    },
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <Field label="Email" error={form.formState.errors.email?.message} required>
        <Input type="email" autoComplete="email" autoFocus={!defaultEmail} {...form.register("email")} />
      </Field>
      <Field label="Password" error={form.formState.errors.password?.message} required>
        <Input
          type="password"
          autoComplete="current-password"
          autoFocus={!!defaultEmail}
          {...form.register("password")}
        />
      </Field>
      <Link
        className="-mt-2 justify-self-end text-sm font-medium text-primary underline-offset-4 hover:underline"
        href={
          defaultEmail ? `/forgot-password?email=${encodeURIComponent(defaultEmail)}` : "/forgot-password"
        }
      >
        Forgot password?
      </Link>
      <FormError form={form} />
      <Button type="submit" loading={pending} className="w-full">
        Sign in
      </Button>
    </form>
  );
}
