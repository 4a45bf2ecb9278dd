"use client";

import { zodResolver } from "@/components/forms/zod-resolver";
import { signInWithCredentials } from "./next-auth-client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/action-result";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { signInCodeSchema, type SignInCodeInput } from "@/lib/users/schemas";
import { SECOND_FACTOR_INVALID, signInErrorMessage } from "@/lib/users/sign-in-messages";
import { PasskeySignIn } from "./passkey-sign-in";

/** What the first step proved, sent again with the code (next-auth keeps no half-signed-in state). */
export type PasswordCredentials = { email: string; password: string };

type Kind = "app" | "recovery";

const KINDS = {
  app: {
    label: "Authentication code",
    description: "The 6-digit code your authenticator app shows for Keyward.",
    toggle: "Use a recovery code",
  },
  recovery: {
    label: "Recovery code",
    description: "One of the recovery codes you saved, like 7k3mq-x9d2a. Each works once.",
    toggle: "Use your authenticator app",
  },
} as const;

function signInWithCode(credentials: PasswordCredentials) {
  return async ({ code }: SignInCodeInput): Promise<ActionResult<null>> => {
    const result = await signInWithCredentials({ ...credentials, code });
    if (result.ok && !result.error) return { ok: true, data: null };
    const message = signInErrorMessage(result.error);
    return result.error === SECOND_FACTOR_INVALID
      ? { ok: false, error: { code: "INVALID", message, fields: { code: message } } }
      : { ok: false, error: { code: "UNAUTHENTICATED", message } };
  };
}

type SecondFactorStepProps = {
  credentials: PasswordCredentials;
  onSignedIn: () => void;
  /** Back to email and password (another account, or a mistyped address). */
  onBack: () => void;
};

/** Sign-in's second step: a code from the authenticator app, a recovery code, or a passkey. */
export function SecondFactorStep({ credentials, onSignedIn, onBack }: SecondFactorStepProps) {
  const [kind, setKind] = useState<Kind>("app");
  const form = useForm<SignInCodeInput>({
    resolver: zodResolver(signInCodeSchema),
    defaultValues: { code: "" },
  });
  const { onSubmit, pending, retry } = useActionForm(form, signInWithCode(credentials), {
    onSuccess: onSignedIn,
  });
  const text = KINDS[kind];

  function toggle() {
    setKind(kind === "app" ? "recovery" : "app");
    form.reset({ code: "" });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <div className="grid gap-1">
        <h2 className="font-medium">Two-factor authentication</h2>
        <p className="text-sm text-muted-foreground">
          Signing in as <span className="font-medium break-all text-foreground">{credentials.email}</span>.
        </p>
      </div>
      {/* The key remounts the input when the kind changes, so its keyboard hints change too. */}
      <Field
        key={kind}
        label={text.label}
        description={text.description}
        error={form.formState.errors.code?.message}
        required
      >
        {kind === "app" ? (
          <Input
            autoFocus
            autoComplete="one-time-code"
            inputMode="numeric"
            pattern="[0-9 ]*"
            maxLength={7}
            spellCheck={false}
            className="font-mono tracking-widest"
            {...form.register("code")}
          />
        ) : (
          <Input
            autoFocus
            autoComplete="off"
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            maxLength={40}
            className="font-mono"
            {...form.register("code")}
          />
        )}
      </Field>
      <Button variant="link" className="-mt-2 justify-self-start" onClick={toggle}>
        {text.toggle}
      </Button>
      <FormError form={form} retry={retry} />
      <Button type="submit" loading={pending} className="w-full">
        Verify
      </Button>
      <PasskeySignIn credentials={credentials} onSignedIn={onSignedIn} />
      <Button variant="ghost" onClick={onBack} className="w-full">
        Back
      </Button>
    </form>
  );
}
