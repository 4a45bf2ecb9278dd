"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { signUpAction } from "@/lib/actions/sign-up";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { signUpSchema, type SignUpInput } from "@/lib/users/schemas";

export function SignUpForm({ defaultEmail, next }: { defaultEmail: string; next: string }) {
  const router = useRouter();
  const form = useForm<SignUpInput>({
    resolver: zodResolver(signUpSchema),
    defaultValues: { name: "", email: defaultEmail, password: "" },
  });
  const { errors } = form.formState;
  const { onSubmit, pending } = useActionForm(form, signUpAction, {
    async onSuccess(_, values) {
      // The account exists: should this sign-in fail, signing in by hand still works.
      const signedIn = await signIn("credentials", {
        email: values.email,
        password: values.password,
        redirect: false,
      }).catch(() => undefined);
      if (!signedIn?.ok) {
        router.replace("/sign-in");
        return;
      }
      router.replace(next);
      router.refresh();
    },
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <Field label="Name" error={errors.name?.message} required>
        <Input autoComplete="name" autoFocus {...form.register("name")} />
      </Field>
      <Field label="Email" error={errors.email?.message} required>
        <Input type="email" autoComplete="email" {...form.register("email")} />
      </Field>
      <Field label="Password" description="At least 10 characters." error={errors.password?.message} required>
        <Input type="password" autoComplete="new-password" {...form.register("password")} />
      </Field>
      <FormError form={form} />
      <Button type="submit" loading={pending} className="w-full">
        Create account
      </Button>
    </form>
  );
}
