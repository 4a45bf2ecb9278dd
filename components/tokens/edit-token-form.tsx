"use client";

import { useRef } from "react";
import { useForm } from "react-hook-form";
import { editAccountTokenAction } from "@/lib/actions/account-tokens";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { useActionForm } from "@/components/forms/use-action-form";
import type { MembershipFact } from "@/lib/access";
import type { AccountTokenDto } from "@/lib/account-tokens/dto";
import type { EditAccountTokenInput } from "@/lib/account-tokens/schemas";
import { TokenFields, scrollToFirstError } from "./token-fields";
import { editFormValues, editTokenFormResolver, formField, type TokenFormValues } from "./token-form";

/** What an edit changed beyond the token: credentials made with it, narrowed or ended to fit. */
export type EditOutcome = { name: string; clamped: number; revoked: number };

export type EditTokenFormProps = {
  token: AccountTokenDto;
  memberships: readonly MembershipFact[];
  onSaved: (outcome: EditOutcome) => void;
};

/** The edit dialog's fields, fetched when the dialog opens (see edit-token-dialog.tsx). */
export function EditTokenForm({ token, memberships, onSaved }: EditTokenFormProps) {
  const form = useForm<TokenFormValues, unknown, EditAccountTokenInput>({
    resolver: editTokenFormResolver,
    defaultValues: editFormValues(token),
  });
  const formRef = useRef<HTMLFormElement>(null);
  const { onSubmit, pending, retry } = useActionForm(
    form,
    (changes: EditAccountTokenInput) => editAccountTokenAction({ tokenId: token._id, changes }),
    {
      fieldOf: formField,
      onError: () => scrollToFirstError(formRef.current),
      onSuccess: (saved) =>
        onSaved({ name: saved.token.name, clamped: saved.clamped.length, revoked: saved.revoked.length }),
    },
  );

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="grid gap-6">
      <TokenFields form={form} memberships={memberships} pending={pending} currentExpiry={token.expiresAt} />

      <DialogFormFooter form={form} retry={retry} pending={pending} submit="Save changes" sticky />
    </form>
  );
}
