"use client";

import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { browserSupportsWebAuthn, startRegistration } from "@simplewebauthn/browser";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { ActionResult } from "@/lib/actions/action-result";
import { passkeyRegistrationOptionsAction, registerPasskeyAction } from "@/lib/actions/passkeys";
import type { PasskeyDto } from "@/lib/passkeys/list-passkeys";
import { PASSKEY_NAME_MAX } from "@/lib/passkeys/name-limit";
import type { PasskeyOptionsInput } from "@/lib/passkeys/schemas";
import { NO_WEBAUTHN_MESSAGE, passkeyBrowserError } from "./passkey-browser-error";

// The schema (and zod) load on the first submit, not with the page.
const passkeyNameResolver = lazyZodResolver(() =>
  import("@/lib/passkeys/schemas").then((module) => module.passkeyOptionsSchema),
);

function refused(message: string): ActionResult<never> {
  return { ok: false, error: { code: "INVALID", message } };
}

/**
 * The whole ceremony as one action, so a sudo re-authentication retries all of it: options from
 * the server, the browser's prompt, then the server checks and saves the answer.
 */
async function addPasskey({ name }: PasskeyOptionsInput): Promise<ActionResult<PasskeyDto>> {
  if (!browserSupportsWebAuthn()) return refused(NO_WEBAUTHN_MESSAGE);
  const started = await passkeyRegistrationOptionsAction({ name });
  if (!started.ok) return started;
  let response;
  try {
    response = await startRegistration({ optionsJSON: started.data.options });
  } catch (error) {
    return refused(passkeyBrowserError(error, "create"));
  }
  return registerPasskeyAction({ challengeId: started.data.challengeId, name, response });
}

/** A name first (to tell passkeys apart later), then the browser's passkey prompt. */
export function AddPasskeyForm() {
  const router = useRouter();
  const [added, setAdded] = useState<string>();
  const form = useForm<PasskeyOptionsInput>({
    resolver: passkeyNameResolver,
    defaultValues: { name: "" },
  });
  const { onSubmit, pending, retry } = useActionForm(form, addPasskey, {
    onSuccess(passkey) {
      form.reset();
      setAdded(`Passkey "${passkey.name}" added.`);
      router.refresh();
    },
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-md gap-4">
      <Field
        label="Passkey name"
        description={`e.g. "Work laptop" or "Phone", at most ${PASSKEY_NAME_MAX} characters.`}
        error={form.formState.errors.name?.message}
        required
      >
        <Input autoComplete="off" maxLength={PASSKEY_NAME_MAX} {...form.register("name")} />
      </Field>
      <FormError form={form} retry={retry} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" loading={pending} onClick={() => setAdded(undefined)}>
          Add a passkey
        </Button>
        <p role="status" className="text-sm font-medium text-success empty:hidden">
          {added}
        </p>
      </div>
    </form>
  );
}
