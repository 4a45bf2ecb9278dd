"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { reauthenticateAction } from "@/lib/actions/sudo";
import { FormError } from "@/components/forms/form-error";
import { actionSubmit } from "@/components/forms/use-action-form";
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
import { reauthPasswordSchema, type ReauthPasswordInput } from "@/lib/users/schemas";
import { PasskeyReauth } from "./passkey-reauth";

type ReauthDialogProps = {
  open: boolean;
  /** Called once: true after a successful re-authentication, false when dismissed. */
  onSettled: (confirmed: boolean) => void;
};

/** Sudo mode's question: who is at the keyboard? Asked before a sensitive act, then the act runs. */
export function ReauthDialog({ open, onSettled }: ReauthDialogProps) {
  return (
    <Dialog open={open} onOpenChange={(next) => !next && onSettled(false)}>
      {open && (
        <DialogContent>
          <DialogHeader>
            <DialogTitle>Confirm it’s you</DialogTitle>
            <DialogDescription>
              Creating credentials, changing access and deleting need a recent sign-in. Confirm your password
              to continue; you won’t be asked again for a while.
            </DialogDescription>
          </DialogHeader>
          <PasswordForm onConfirmed={() => onSettled(true)} />
          <PasskeyReauth onConfirmed={() => onSettled(true)} />
        </DialogContent>
      )}
    </Dialog>
  );
}

function PasswordForm({ onConfirmed }: { onConfirmed: () => void }) {
  const form = useForm<ReauthPasswordInput>({
    resolver: zodResolver(reauthPasswordSchema),
    defaultValues: { method: "password", password: "" },
  });
  // Not useActionForm: its transition would stay pending with the act that is waiting for this
  // dialog (React entangles pending transitions), so the button would never leave its busy state.
  const onSubmit = actionSubmit(form, reauthenticateAction, { onSuccess: onConfirmed });
  const pending = form.formState.isSubmitting;

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-6">
      <Field label="Password" required error={form.formState.errors.password?.message}>
        <Input type="password" autoComplete="current-password" autoFocus {...form.register("password")} />
      </Field>
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
