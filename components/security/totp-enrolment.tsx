"use client";

import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { useId, useRef } from "react";
import { useForm } from "react-hook-form";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { confirmTotpAction } from "@/lib/actions/two-factor";
import type { ConfirmTotpInput } from "@/lib/two-factor/schemas";
import type { TotpEnrolment as Enrolment } from "@/lib/two-factor/start-totp-enrolment";

// The schema (and zod) load on the first submit, not with the page.
const codeResolver = lazyZodResolver(() =>
  import("@/lib/two-factor/schemas").then((module) => module.confirmTotpSchema),
);

type TotpEnrolmentProps = {
  enrolment: Enrolment;
  onConfirmed: (recoveryCodes: string[]) => void;
  onCancel: () => void;
};

/** Adding an authenticator app: scan (or type) the secret, then prove it with a first code. */
export function TotpEnrolment({ enrolment, onConfirmed, onCancel }: TotpEnrolmentProps) {
  const id = useId();
  const keyRef = useRef<HTMLInputElement>(null);
  const form = useForm<ConfirmTotpInput>({
    resolver: codeResolver,
    defaultValues: { code: "" },
  });
  const { onSubmit, pending, retry } = useActionForm(form, confirmTotpAction, {
    onSuccess: ({ recoveryCodes }) => onConfirmed(recoveryCodes),
  });

  return (
    <div className="grid gap-6 rounded-lg border p-4 sm:grid-cols-[auto_1fr]">
      {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL made on the server; nothing to optimise */}
      <img
        src={enrolment.qrCode}
        alt="QR code for adding Keyward to your authenticator app"
        width={184}
        height={184}
        className="size-46 justify-self-center rounded-md border bg-white"
      />
      <div className="grid min-w-0 content-start gap-5">
        <div className="grid gap-2">
          <p className="text-sm">
            <span className="font-medium">1. Scan the QR code</span> with your authenticator app (such as
            1Password, Google Authenticator or Microsoft Authenticator). Can&apos;t scan it? Enter the setup
            key instead.
          </p>
          <Label htmlFor={`${id}-key`}>Setup key</Label>
          <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
            <Input
              ref={keyRef}
              id={`${id}-key`}
              readOnly
              value={enrolment.manualKey}
              autoComplete="off"
              spellCheck={false}
              data-1p-ignore
              data-lpignore="true"
              mono
              onFocus={(event) => event.currentTarget.select()}
            />
            <CopyButton
              value={enrolment.manualKey.replaceAll(" ", "")}
              label="Copy key"
              size="md"
              fallbackTargetRef={keyRef}
            />
          </div>
        </div>
        <form onSubmit={onSubmit} noValidate className="grid gap-4">
          <Field
            label="2. Enter the 6-digit code the app shows"
            error={form.formState.errors.code?.message}
            required
          >
            <Input
              autoComplete="one-time-code"
              inputMode="numeric"
              maxLength={7}
              spellCheck={false}
              className="max-w-40 font-mono tracking-widest"
              {...form.register("code")}
            />
          </Field>
          <FormError form={form} retry={retry} />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" loading={pending}>
              Turn on
            </Button>
            <Button variant="ghost" onClick={onCancel}>
              Cancel
            </Button>
          </div>
        </form>
      </div>
    </div>
  );
}
