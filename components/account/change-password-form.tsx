"use client";

import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Controller, useForm } from "react-hook-form";
import type { z } from "zod";
import { changePasswordAction } from "@/lib/actions/account";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { changePasswordSchema } from "@/lib/users/schemas";

// The schema (and zod) load on the first submit, not with the page.
const changePasswordResolver = lazyZodResolver(() =>
  import("@/lib/users/schemas").then((module) => module.changePasswordSchema),
);

type Values = z.input<typeof changePasswordSchema>;

/** Current password, new password; every other session ends, this browser stays signed in. */
export function ChangePasswordForm() {
  const router = useRouter();
  const id = useId();
  const [done, setDone] = useState<string>();
  const form = useForm<Values>({
    resolver: changePasswordResolver,
    defaultValues: { currentPassword: "", newPassword: "", revokeTokens: false },
  });
  const { formState } = form;
  const { onSubmit, pending, retry } = useActionForm(form, changePasswordAction, {
    onSuccess({ revokedTokens }) {
      form.reset();
      setDone(
        `Password changed. Every other session was signed out${revokedTokens > 0 ? ` and ${revokedTokens} API ${revokedTokens === 1 ? "token was" : "tokens were"} revoked` : ""}.`,
      );
      router.refresh();
    },
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-md gap-4">
      <Field label="Current password" error={formState.errors.currentPassword?.message} required>
        <Input type="password" autoComplete="current-password" {...form.register("currentPassword")} />
      </Field>
      <Field
        label="New password"
        description="At least 10 characters."
        error={formState.errors.newPassword?.message}
        required
      >
        <Input type="password" autoComplete="new-password" {...form.register("newPassword")} />
      </Field>
      <Controller
        control={form.control}
        name="revokeTokens"
        render={({ field }) => (
          <div className="flex items-start gap-2">
            <Checkbox
              id={`${id}-revoke`}
              aria-describedby={`${id}-revoke-note`}
              checked={field.value === true}
              onCheckedChange={(checked) => field.onChange(checked === true)}
            />
            <div className="grid gap-1">
              <Label htmlFor={`${id}-revoke`}>Also revoke all my API tokens</Label>
              <p id={`${id}-revoke-note`} className="text-sm text-muted-foreground">
                For a password that may have leaked: scripts using your account tokens stop working at once.
              </p>
            </div>
          </div>
        )}
      />
      <p className="text-sm text-muted-foreground">Changing your password signs out every other browser.</p>
      <FormError form={form} retry={retry} />
      <div className="flex items-center gap-3">
        <Button type="submit" loading={pending}>
          Change password
        </Button>
        <p role="status" className="text-sm text-success">
          {done && !formState.isDirty ? done : ""}
        </p>
      </div>
    </form>
  );
}
