"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, FieldError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { signInSchema, type SignInInput } from "@/lib/users/schemas";
import { signInErrorMessage } from "@/lib/users/sign-in-messages";

type SignInFormProps = { defaultEmail: string; next: string; initialError?: string };

export function SignInForm({ defaultEmail, next, initialError }: SignInFormProps) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | undefined>(initialError);
  const { register, handleSubmit, formState } = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: defaultEmail, password: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await signIn("credentials", { ...values, redirect: false }).catch(() => undefined);
    if (!result?.ok || result.error) {
      setFormError(signInErrorMessage(result?.error));
      return;
    }
    router.replace(next);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <Field label="Email" error={formState.errors.email?.message} required>
        <Input type="email" autoComplete="email" autoFocus={!defaultEmail} {...register("email")} />
      </Field>
      <Field label="Password" error={formState.errors.password?.message} required>
        <Input
          type="password"
          autoComplete="current-password"
          autoFocus={!!defaultEmail}
          {...register("password")}
        />
      </Field>
      <FieldError>{formError}</FieldError>
      <Button type="submit" loading={formState.isSubmitting} className="w-full">
        Sign in
      </Button>
    </form>
  );
}
