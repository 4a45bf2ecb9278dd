"use client";

import { useRef } from "react";
import { useForm } from "react-hook-form";
import { editAccountTokenAction } from "@/lib/actions/account-tokens";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { useActionForm } from "@/components/forms/use-action-form";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import type { MembershipFact } from "@/lib/access";
import type { AccountTokenDto } from "@/lib/account-tokens/dto";
import type { EditAccountTokenInput } from "@/lib/account-tokens/schemas";
import { AllowedIpsForm } from "@/components/secrets/allowed-ips-form";
import { TokenFields, scrollToFirstError } from "./token-fields";
import { editFormValues, editTokenFormResolver, formField, type TokenFormValues } from "./token-form";

/** What an edit changed beyond the token: credentials made with it, narrowed or ended to fit. */
export type EditOutcome = { name: string; clamped: number; revoked: number };

type EditTokenDialogProps = {
  /** The token to edit; null keeps the dialog closed. */
  token: AccountTokenDto | null;
  memberships: readonly MembershipFact[];
  /** Addresses it was used from lately (usage's client IPs and the last one): the allow-list preview checks them. */
  recentIps: readonly string[];
  onClose: () => void;
  onSaved: (outcome: EditOutcome) => void;
  onCloseAutoFocus?: (event: Event) => void;
};

/**
 * Edit one of the person's own tokens: the create dialog's fields, rules and preview, starting
 * from the token as it is. The server validates the change exactly as a creation (role checks
 * naming website and permission) and records the before and after. The secret stays.
 */
export function EditTokenDialog({
  token,
  memberships,
  recentIps,
  onClose,
  onSaved,
  onCloseAutoFocus,
}: EditTokenDialogProps) {
  return (
    <Dialog open={token !== null} onOpenChange={(open) => !open && onClose()}>
      {token && (
        <DialogContent
          className="sm:max-w-2xl"
          onCloseAutoFocus={onCloseAutoFocus}
          // A half-edited form survives a stray click outside; Escape and Cancel still close it.
          onInteractOutside={(event) => event.preventDefault()}
        >
          <DialogHeader>
            <DialogTitle className="break-words">Edit “{token.name}”</DialogTitle>
            <DialogDescription>
              The token keeps its secret; the change applies from its next request. It never does more than
              your role allows on a website, and tokens made with it are narrowed to fit.
            </DialogDescription>
          </DialogHeader>
          <AllowedIpsForm
            key={`${token._id}-ips`}
            current={token.allowedIps}
            recentIps={recentIps}
            save={(allowedIps) => editAccountTokenAction({ tokenId: token._id, changes: { allowedIps } })}
            onSaved={() => onSaved({ name: token.name, clamped: 0, revoked: 0 })}
          />
          <EditTokenForm key={token._id} token={token} memberships={memberships} onSaved={onSaved} />
        </DialogContent>
      )}
    </Dialog>
  );
}

type EditTokenFormProps = Pick<EditTokenDialogProps, "memberships" | "onSaved"> & { token: AccountTokenDto };

function EditTokenForm({ token, memberships, onSaved }: EditTokenFormProps) {
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
