"use client";

import { zodResolver } from "@/components/forms/zod-resolver";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { reauthenticateAction, sudoMethodsAction } from "@/lib/actions/sudo";
import { FormError } from "@/components/forms/form-error";
import { actionSubmit, runAction } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { reauthFormSchema, type ReauthFormInput } from "@/lib/users/schemas";
import { PasskeyReauth } from "./passkey-reauth";

type ReauthDialogProps = {
  open: boolean;
  /** Called once: true after a successful re-authentication, false when dismissed. */
  onSettled: (confirmed: boolean) => void;
};

type Method = ReauthFormInput["method"];

/** Sudo mode's question: who is at the keyboard? Asked before a sensitive act, then the act runs. */
export function ReauthDialog({ open, onSettled }: ReauthDialogProps) {
  return (
    <Dialog open={open} onOpenChange={(next) => !next && onSettled(false)}>
      {open && (
        <DialogContent>
          <DialogHeader>
            <DialogTitle>Confirm it’s you</DialogTitle>
            <DialogDescription>
              Creating credentials, changing access and deleting need a recent sign-in. Confirm it’s you to
              continue; you won’t be asked again for a while.
            </DialogDescription>
          </DialogHeader>
          <ReauthForms onConfirmed={() => onSettled(true)} />
        </DialogContent>
      )}
    </Dialog>
  );
}

function ReauthForms({ onConfirmed }: { onConfirmed: () => void }) {
  const [method, setMethod] = useState<Method>("password");
  const [hasCode, setHasCode] = useState(false);
  const [hasPasskey, setHasPasskey] = useState(false);

  useEffect(() => {
    let current = true;
    // Without an answer the password stays the one way offered: it always works.
    void runAction(sudoMethodsAction, {}).then((result) => {
      if (!current || !result.ok) return;
      setHasCode(result.data.code);
      setHasPasskey(result.data.passkey);
    });
    return () => {
      current = false;
    };
  }, []);

  const other: Method = method === "password" ? "code" : "password";
  const switchLink = hasCode && (
    <Button
      type="button"
      variant="link"
      className="h-auto justify-self-start p-0"
      onClick={() => setMethod(other)}
    >
      {other === "code" ? "Use your authenticator app or a recovery code" : "Use your password"}
    </Button>
  );
  return (
    <>
      <ReauthForm key={method} method={method} onConfirmed={onConfirmed} switchLink={switchLink} />
      {hasPasskey && <PasskeyReauth onConfirmed={onConfirmed} />}
    </>
  );
}

function ReauthForm({
  method,
  onConfirmed,
  switchLink,
}: {
  method: Method;
  onConfirmed: () => void;
  switchLink: React.ReactNode;
}) {
  const form = useForm<ReauthFormInput>({
    resolver: zodResolver(reauthFormSchema),
    defaultValues: method === "password" ? { method, password: "" } : { method, code: "" },
  });
  // Not useActionForm: its transition would stay pending with the act that is waiting for this
  // dialog (React entangles pending transitions), so the button would never leave its busy state.
  const { submit: onSubmit } = actionSubmit(form, reauthenticateAction, { onSuccess: onConfirmed });
  const pending = form.formState.isSubmitting;
  const errors = form.formState.errors as Partial<Record<"password" | "code", { message?: string }>>;

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-6">
      {method === "password" ? (
        <Field label="Password" required error={errors.password?.message}>
          <Input type="password" autoComplete="current-password" autoFocus {...form.register("password")} />
        </Field>
      ) : (
        <Field
          label="Authentication code"
          description="The 6-digit code from your authenticator app, or one of your recovery codes."
          required
          error={errors.code?.message}
        >
          <Input autoComplete="one-time-code" inputMode="text" autoFocus {...form.register("code")} />
        </Field>
      )}
      {switchLink}
      <FormError form={form} />
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="outline">Cancel</Button>
        </DialogClose>
        <Button type="submit" loading={pending}>
          Confirm
        </Button>
      </DialogFooter>
    </form>
  );
}
