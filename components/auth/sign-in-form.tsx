"use client";

import { signInWithCredentials } from "./next-auth-client";
import dynamic from "next/dynamic";
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
import type { SignInInput } from "@/lib/users/schemas";
import {
  EMAIL_MISSING,
  PASSWORD_MISSING,
  SECOND_FACTOR_REQUIRED,
  signInErrorMessage,
} from "@/lib/users/sign-in-messages";
import type { PasswordCredentials } from "./second-factor-step";
import { textLinkClasses } from "@/components/ui/text-link";
import { cn } from "@/lib/utils/cn";

// Only people with a second factor see this step: its code form and passkey support
// (@simplewebauthn/browser) load when the password was right, not with the page.
const SecondFactorStep = dynamic(() =>
  import("./second-factor-step").then((module) => module.SecondFactorStep),
);

type Outcome = "signed-in" | "second-factor";

/** next-auth's sign-in as an action result, so the form takes it through the same bridge. */
async function signInAction(values: SignInInput): Promise<ActionResult<Outcome>> {
  const result = await signInWithCredentials(values);
  if (result.ok && !result.error) return { ok: true, data: "signed-in" };
  // The password was right; nothing is issued until the second factor follows.
  if (result.error === SECOND_FACTOR_REQUIRED) return { ok: true, data: "second-factor" };
  return { ok: false, error: { code: "UNAUTHENTICATED", message: signInErrorMessage(result.error) } };
}

type SignInFormProps = { defaultEmail: string; next: string; initialError?: string };

/** Email and password, then (for a person with a second factor) a code, resent with them. */
export function SignInForm({ defaultEmail, next, initialError }: SignInFormProps) {
  const router = useRouter();
  // Held in memory only, for the second step's request: never in the URL or storage.
  const [credentials, setCredentials] = useState<PasswordCredentials | null>(null);
  const [email, setEmail] = useState(defaultEmail);

  function signedIn() {
    router.replace(next);
    router.refresh();
  }

  if (credentials)
    return (
      <SecondFactorStep
        credentials={credentials}
        onSignedIn={signedIn}
        onBack={() => {
          setEmail(credentials.email);
          setCredentials(null);
        }}
      />
    );
  return (
    <PasswordStep
      defaultEmail={email}
      initialError={initialError}
      onSignedIn={signedIn}
      onSecondFactor={setCredentials}
    />
  );
}

type PasswordStepProps = {
  defaultEmail: string;
  initialError?: string;
  onSignedIn: () => void;
  onSecondFactor: (credentials: PasswordCredentials) => void;
};

function PasswordStep({ defaultEmail, initialError, onSignedIn, onSecondFactor }: PasswordStepProps) {
  // A refused plain form post comes back as ?error=…: shown like any other form error.
  const [errors] = useState<FieldErrors<SignInInput> | undefined>(() =>
    initialError ? { root: { server: { type: "UNAUTHENTICATED", message: initialError } } } : undefined,
  );
  const form = useForm<SignInInput>({
    defaultValues: { email: defaultEmail, password: "" },
    errors,
  });
  const { onSubmit, pending, retry } = useActionForm(form, signInAction, {
    onSuccess(outcome, values) {
      if (outcome === "signed-in") onSignedIn();
      else onSecondFactor({ email: values.email, password: values.password });
    },
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <Field label="Email" error={form.formState.errors.email?.message} required>
        <Input
          type="email"
          autoComplete="email"
          autoFocus={!defaultEmail}
          {...form.register("email", { validate: (email) => email.trim() !== "" || EMAIL_MISSING })}
        />
      </Field>
      <Field label="Password" error={form.formState.errors.password?.message} required>
        <Input
          type="password"
          autoComplete="current-password"
          autoFocus={!!defaultEmail}
          {...form.register("password", { required: PASSWORD_MISSING })}
        />
      </Field>
      <Link
        className={cn("-mt-2 justify-self-end text-sm", textLinkClasses)}
        href={
          defaultEmail ? `/forgot-password?email=${encodeURIComponent(defaultEmail)}` : "/forgot-password"
        }
      >
        Forgot password?
      </Link>
      <FormError form={form} retry={retry} />
      <Button type="submit" loading={pending} className="w-full">
        Sign in
      </Button>
    </form>
  );
}
