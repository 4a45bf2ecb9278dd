"use client";

import { useController, useWatch, type FieldValues, type UseFormReturn } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { MembershipFact } from "@/lib/access";
import { AccessPreview } from "./access-preview";
import { ExpiryField } from "./expiry-field";
import { FullAccessReminder } from "./full-access-reminder";
import { PermissionPicker } from "./permission-picker";
import { ScopeSelector } from "./scope-selector";
import type { TokenFormValues } from "./token-form";

type TokenFieldsProps<TParsed extends FieldValues> = {
  form: UseFormReturn<TokenFormValues, unknown, TParsed>;
  memberships: readonly MembershipFact[];
  pending: boolean;
  /** Editing: the token's current expiry (null: never), which the expiry field offers to keep. */
  currentExpiry?: string | null;
};

/** A long form: bring the first error into view (the pickers' errors take no focus). */
export function scrollToFirstError(form: HTMLFormElement | null) {
  requestAnimationFrame(() => form?.querySelector('[role="alert"]')?.scrollIntoView({ block: "center" }));
}

/**
 * Name, permissions, websites, what the token can do, and expiry: the same fields, rules and
 * preview for creating a token and for editing one.
 */
export function TokenFields<TParsed extends FieldValues>({
  form,
  memberships,
  pending,
  currentExpiry,
}: TokenFieldsProps<TParsed>) {
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
  const errors = formState.errors;

  return (
    <>
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

      <FullAccessReminder
        memberships={memberships}
        permissions={watchedPermissions}
        scope={watchedScope}
        selected={watchedIds}
      />

      <ExpiryField
        value={expiry.field.value}
        onChange={expiry.field.onChange}
        current={currentExpiry}
        error={errors.expiry?.message}
        dateError={(errors.expiry as { date?: { message?: string } } | undefined)?.date?.message}
        disabled={pending}
      />
    </>
  );
}
