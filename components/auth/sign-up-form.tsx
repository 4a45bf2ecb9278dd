"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { signUpAction } from "@/lib/actions/sign-up";
import { Button } from "@/components/ui/button";
import { Field, FieldError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { signUpSchema, type SignUpInput } from "@/lib/users/schemas";

export function SignUpForm({ defaultEmail, next }: { defaultEmail: string; next: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const { register, handleSubmit, formState, setError } = useForm<SignUpInput>({
    resolver: zodResolver(signUpSchema),
    defaultValues: { name: "", email: defaultEmail, password: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await signUpAction(values);
    if (!result.ok) {
      const fields = result.error.fields ?? {};
      for (const [name, message] of Object.entries(fields)) {
        if (name === "name" || name === "email" || name === "password") setError(name, { message });
      }
      if (Object.keys(fields).length === 0) setFormError(result.error.message);
      return;
    }
    const signedIn = await signIn("credentials", {
      email: values.email,
      password: values.password,
      redirect: false,
    });
    if (!signedIn?.ok) {
      router.replace("/sign-in");
      return;
    }
    router.replace(next);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <Field label="Name" error={formState.errors.name?.message} required>
        <Input autoComplete="name" autoFocus {...register("name")} />
      </Field>
      <Field label="Email" error={formState.errors.email?.message} required>
        <Input type="email" autoComplete="email" {...register("email")} />
      </Field>
      <Field
        label="Password"
        description="At least 10 characters."
        error={formState.errors.password?.message}
        required
      >
        <Input type="password" autoComplete="new-password" {...register("password")} />
      </Field>
      <FieldError>{formError}</FieldError>
      <Button type="submit" loading={formState.isSubmitting} className="w-full">
        Create account
      </Button>
    </form>
  );
}
