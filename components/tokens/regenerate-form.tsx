"use client";

import { zodResolver } from "@/components/forms/zod-resolver";
import { useController, useForm } from "react-hook-form";
import { z } from "zod";
import { regenerateAccountTokenAction } from "@/lib/actions/account-tokens";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { useActionForm } from "@/components/forms/use-action-form";
import type { CredentialRef } from "@/components/secrets/types";
import { expirySchema, type Expiry } from "@/lib/account-tokens/schemas";
import { ExpiryField } from "./expiry-field";

const regenerateFormSchema = z.object({ expiry: expirySchema }).strict();
type RegenerateInput = { expiry: Expiry };

/** The regenerate dialog's form, fetched when the dialog opens (see regenerate-dialog.tsx). */
export function RegenerateForm({
  target,
  onRegenerated,
}: {
  target: CredentialRef;
  /** Receives the new secret, taken out of the action result once. */
  onRegenerated: (regenerated: { name: string; secret: string }) => void;
}) {
  const form = useForm<RegenerateInput>({
    resolver: zodResolver(regenerateFormSchema, undefined, { raw: true }),
    defaultValues: { expiry: "30d" },
  });
  const expiry = useController({ control: form.control, name: "expiry" });
  const { onSubmit, pending, retry } = useActionForm(
    form,
    (values: RegenerateInput) => regenerateAccountTokenAction({ tokenId: target.id, expiry: values.expiry }),
    {
      fieldOf: (path) => (path === "expiry.date" ? "expiry.date" : path === "expiry" ? "expiry" : null),
      // The secret leaves the action result here, once; the result object is dropped.
      onSuccess: (regenerated) => onRegenerated({ name: regenerated.token.name, secret: regenerated.key }),
    },
  );
  const errors = form.formState.errors;

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-6">
      <ExpiryField
        value={expiry.field.value}
        // Without a current expiry the field never offers "keep".
        onChange={(next) => next !== "keep" && expiry.field.onChange(next)}
        error={errors.expiry?.message}
        dateError={(errors.expiry as { date?: { message?: string } } | undefined)?.date?.message}
        disabled={pending}
      />
      <DialogFormFooter form={form} retry={retry} pending={pending} submit="Regenerate token" />
    </form>
  );
}
