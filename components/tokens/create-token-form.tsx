"use client";

import { useRef } from "react";
import { useController, useForm, useWatch } from "react-hook-form";
import { createAccountTokenAction } from "@/lib/actions/account-tokens";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { MembershipFact } from "@/lib/access";
import type { CreateAccountTokenInput } from "@/lib/account-tokens/schemas";
import { AccessPreview } from "./access-preview";
import { ExpiryField } from "./expiry-field";
import { PermissionPicker } from "./permission-picker";
import { ScopeSelector } from "./scope-selector";
import { TOKEN_FORM_DEFAULTS, formField, tokenFormResolver, type TokenFormValues } from "./token-form";

type CreateTokenFormProps = {
  memberships: readonly MembershipFact[];
  /** Receives the new secret, taken out of the action result once. */
  onCreated: (created: { name: string; secret: string }) => void;
};

/** Name, permissions, websites, preview and expiry, in one react-hook-form state. */
export function CreateTokenForm({ memberships, onCreated }: CreateTokenFormProps) {
  const form = useForm<TokenFormValues, unknown, CreateAccountTokenInput>({
    resolver: tokenFormResolver,
    defaultValues: TOKEN_FORM_DEFAULTS,
  });
  const { control, register, formState } = form;
  const preset = useController({ control, name: "preset" });
  const permissions = useController({ control, name: "permissions" });
  const scope = useController({ control, name: "scope" });
  const websiteIds = useController({ control, name: "websiteIds" });
  const expiry = useController({ control, name: "expiry" });
  const [watchedPermissions, watchedScope, watchedIds] = useWatch({
    control,
    name: ["permissions", "scope", "websiteIds"],
  });
  const formRef = useRef<HTMLFormElement>(null);
  const errors = formState.errors;
  const { onSubmit, pending } = useActionForm(form, createAccountTokenAction, {
    fieldOf: formField,
    // A long form: bring the first error into view (the pickers' errors take no focus).
    onError: () =>
      requestAnimationFrame(() =>
        formRef.current?.querySelector('[role="alert"]')?.scrollIntoView({ block: "center" }),
      ),
    // The secret leaves the action result here, once; the result object is dropped.
    onSuccess: (created) => onCreated({ name: created.token.name, secret: created.key }),
  });

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="grid gap-6">
      <Field
        label="Name"
        required
        error={errors.name?.message}
        description="What uses it, e.g. “Nightly export” or “Claude agent”."
      >
        <Input autoComplete="off" maxLength={64} disabled={pending} {...register("name")} />
      </Field>

      <PermissionPicker
        preset={preset.field.value}
        onPresetChange={preset.field.onChange}
        permissions={permissions.field.value}
        onPermissionsChange={permissions.field.onChange}
        memberships={memberships}
        error={errors.permissions?.message}
        disabled={pending}
      />

      <ScopeSelector
        scope={scope.field.value}
        onScopeChange={scope.field.onChange}
        selected={websiteIds.field.value}
        onSelectedChange={websiteIds.field.onChange}
        memberships={memberships}
        error={errors.websiteIds?.message ?? errors.websiteIds?.root?.message}
        disabled={pending}
      />

      <AccessPreview
        memberships={memberships}
        permissions={watchedPermissions}
        scope={watchedScope}
        selected={watchedIds}
      />

      <ExpiryField
        value={expiry.field.value}
        onChange={expiry.field.onChange}
        error={errors.expiry?.message}
        dateError={(errors.expiry as { date?: { message?: string } } | undefined)?.date?.message}
        disabled={pending}
      />

      <FormError form={form} />

      <DialogFooter className="sticky -bottom-6 -mx-6 -mb-6 border-t bg-popover px-6 py-4">
        <DialogClose asChild>
          <Button variant="outline">Cancel</Button>
        </DialogClose>
        <Button type="submit" loading={pending}>
          Create token
        </Button>
      </DialogFooter>
    </form>
  );
}
