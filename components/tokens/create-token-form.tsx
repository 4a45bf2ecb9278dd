"use client";

import { useRef } from "react";
import { useForm } from "react-hook-form";
import { createAccountTokenAction } from "@/lib/actions/account-tokens";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { useActionForm } from "@/components/forms/use-action-form";
import type { MembershipFact } from "@/lib/access";
import type { CreateAccountTokenInput } from "@/lib/account-tokens/schemas";
import { TokenFields, scrollToFirstError } from "./token-fields";
import { TOKEN_FORM_DEFAULTS, formField, tokenFormResolver, type TokenFormValues } from "./token-form";

export type CreateTokenFormProps = {
  memberships: readonly MembershipFact[];
  /** Where the form starts (a narrower replacement of a token); the usual defaults otherwise. */
  defaults?: TokenFormValues;
  /** Receives the new secret, taken out of the action result once. */
  onCreated: (created: { name: string; secret: string }) => void;
};

/** Name, permissions, websites, preview and expiry, in one react-hook-form state. */
export function CreateTokenForm({ memberships, defaults, onCreated }: CreateTokenFormProps) {
  const form = useForm<TokenFormValues, unknown, CreateAccountTokenInput>({
    resolver: tokenFormResolver,
    defaultValues: defaults ?? TOKEN_FORM_DEFAULTS,
  });
  const formRef = useRef<HTMLFormElement>(null);
  const { onSubmit, pending, retry } = useActionForm(form, createAccountTokenAction, {
    fieldOf: formField,
    onError: () => scrollToFirstError(formRef.current),
    // The secret leaves the action result here, once; the result object is dropped.
    onSuccess: (created) => onCreated({ name: created.token.name, secret: created.key }),
  });

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="grid gap-6">
      <TokenFields form={form} memberships={memberships} pending={pending} />

      <DialogFormFooter form={form} retry={retry} pending={pending} submit="Create token" sticky />
    </form>
  );
}
