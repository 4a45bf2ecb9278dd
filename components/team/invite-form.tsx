"use client";

import { zodResolver } from "@/components/forms/zod-resolver";
import { useId } from "react";
import { Controller, useForm } from "react-hook-form";
import { inviteMemberAction } from "@/lib/actions/team";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { useActionForm } from "@/components/forms/use-action-form";
import type { IssuedInvitation } from "@/lib/team/issue-invitation";
import { Field, Fieldset } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import { ASSIGNABLE_ROLES, ROLE_DESCRIPTION, ROLE_LABEL } from "@/lib/access";
import { inviteSchema, type InviteInput } from "@/lib/team/schemas";

/** The invite dialog's form, fetched when wanted (see invite-dialog.tsx). */
export function InviteForm({
  websiteId,
  onIssued,
}: {
  websiteId: string;
  onIssued: (issued: IssuedInvitation) => void;
}) {
  const id = useId();
  const form = useForm<InviteInput>({
    resolver: zodResolver(inviteSchema, undefined, { raw: true }),
    // The dashboard suggests member and always sends the choice; the API defaults to viewer (DataFast).
    defaultValues: { email: "", role: "member" },
  });
  const { errors } = form.formState;
  const { onSubmit, pending, retry } = useActionForm(
    form,
    (values: InviteInput) => inviteMemberAction({ ...values, websiteId }),
    { onSuccess: onIssued },
  );

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-6">
      <Field label="Email" error={errors.email?.message} required>
        <Input
          type="email"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          placeholder="name@example.com"
          {...form.register("email")}
        />
      </Field>
      <Controller
        control={form.control}
        name="role"
        render={({ field, fieldState }) => (
          <Fieldset legend="Role" error={fieldState.error?.message}>
            <RadioGroup value={field.value} onValueChange={field.onChange} disabled={pending}>
              {ASSIGNABLE_ROLES.map((role) => (
                <div key={role} className="flex items-start gap-3">
                  <RadioGroupItem
                    value={role}
                    id={`${id}-${role}`}
                    aria-describedby={`${id}-${role}-description`}
                    className="mt-0.5"
                  />
                  <div className="grid gap-0.5">
                    <Label htmlFor={`${id}-${role}`}>{ROLE_LABEL[role]}</Label>
                    <span id={`${id}-${role}-description`} className="text-sm text-muted-foreground">
                      {ROLE_DESCRIPTION[role]}
                    </span>
                  </div>
                </div>
              ))}
            </RadioGroup>
          </Fieldset>
        )}
      />
      <DialogFormFooter form={form} retry={retry} pending={pending} submit="Create invitation" />
    </form>
  );
}
