"use client";

import { zodResolver } from "@/components/forms/zod-resolver";
import { useForm } from "react-hook-form";
import { createWebsiteKeyAction } from "@/lib/actions/website-keys";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { createWebsiteKeySchema, type CreateWebsiteKeyInput } from "@/lib/website-keys/schemas";

type CreateKeyFormProps = {
  websiteId: string;
  onCreated: (created: { name: string; secret: string }) => void;
};

/** The create dialog's form, fetched when the dialog opens (see create-key-dialog.tsx). */
export function CreateKeyForm({ websiteId, onCreated }: CreateKeyFormProps) {
  const form = useForm<CreateWebsiteKeyInput>({
    resolver: zodResolver(createWebsiteKeySchema, undefined, { raw: true }),
    defaultValues: { name: "" },
  });
  const { onSubmit, pending, retry } = useActionForm(
    form,
    (values: CreateWebsiteKeyInput) => createWebsiteKeyAction({ ...values, websiteId }),
    {
      // The secret leaves the action result here, once; the result object is dropped.
      onSuccess: (created) => onCreated({ name: created.key.name, secret: created.secret }),
    },
  );

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-6">
      <Field
        label="Name"
        error={form.formState.errors.name?.message}
        description="What uses it, so you can tell it from the website's other keys."
        required
      >
        <Input
          autoComplete="off"
          maxLength={64}
          placeholder="e.g. Checkout server"
          {...form.register("name")}
        />
      </Field>
      <DialogFormFooter form={form} retry={retry} pending={pending} submit="Create key" />
    </form>
  );
}
