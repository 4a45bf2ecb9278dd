"use client";

import { zodResolver } from "@/components/forms/zod-resolver";
import { useForm } from "react-hook-form";
import { renameWebsiteKeyAction } from "@/lib/actions/website-keys";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { useActionForm } from "@/components/forms/use-action-form";
import type { CredentialRef } from "@/components/secrets/types";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { renameWebsiteKeySchema, type RenameWebsiteKeyInput } from "@/lib/website-keys/schemas";

type RenameKeyFormProps = {
  websiteId: string;
  target: CredentialRef;
  onRenamed: (name: string) => void;
};

/** The rename dialog's name form, fetched when the dialog opens (see rename-key-dialog.tsx). */
export function RenameKeyForm({ websiteId, target, onRenamed }: RenameKeyFormProps) {
  const form = useForm<RenameWebsiteKeyInput>({
    resolver: zodResolver(renameWebsiteKeySchema, undefined, { raw: true }),
    defaultValues: { name: target.name },
  });
  const { onSubmit, pending, retry } = useActionForm(
    form,
    (values: RenameWebsiteKeyInput) => renameWebsiteKeyAction({ ...values, websiteId, keyId: target.id }),
    { onSuccess: (renamed) => onRenamed(renamed.name) },
  );

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-6">
      <Field label="Name" required error={form.formState.errors.name?.message}>
        <Input autoComplete="off" maxLength={64} disabled={pending} {...form.register("name")} />
      </Field>
      <DialogFormFooter form={form} retry={retry} pending={pending} submit="Save name" />
    </form>
  );
}
