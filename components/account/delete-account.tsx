"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { deleteAccountAction } from "@/lib/actions/account";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { Field, FieldError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/** Deletes the account after the typed email and the password; the server refuses while they own a website. */
export function DeleteAccount({ email }: { email: string }) {
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState({ confirmEmail: "", password: "" });
  const [errors, setErrors] = useState<{ confirmEmail?: string; password?: string; form?: string }>({});
  const [pending, setPending] = useState(false);

  function onOpenChange(next: boolean) {
    if (pending) return;
    setOpen(next);
    setValues({ confirmEmail: "", password: "" });
    setErrors({});
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setErrors({});
    const result = await deleteAccountAction(values);
    if (!result.ok) {
      setPending(false);
      const fields = result.error.fields ?? {};
      setErrors(fields.confirmEmail || fields.password ? fields : { form: result.error.message });
      return;
    }
    await signOut({ callbackUrl: "/sign-in" });
  }

  return (
    <AlertDialog open={open} onOpenChange={onOpenChange}>
      <AlertDialogTrigger asChild>
        <Button variant="destructive" className="w-fit">
          Delete account
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Delete your account?</AlertDialogTitle>
          <AlertDialogDescription>
            You leave every website you belong to, your API tokens stop working at once and every session is
            signed out. Website keys you created stay with their websites. This cannot be undone.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <form onSubmit={onSubmit} noValidate className="grid gap-4">
          <Field
            label={
              <span>
                Type <span className="font-mono font-semibold break-all">{email}</span> to confirm
              </span>
            }
            error={errors.confirmEmail}
          >
            <Input
              value={values.confirmEmail}
              onChange={(event) => setValues({ ...values, confirmEmail: event.target.value })}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
            />
          </Field>
          <Field label="Password" error={errors.password}>
            <Input
              type="password"
              autoComplete="current-password"
              value={values.password}
              onChange={(event) => setValues({ ...values, password: event.target.value })}
            />
          </Field>
          <FieldError>{errors.form}</FieldError>
          <AlertDialogFooter>
            <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
            <Button type="submit" variant="destructive" loading={pending}>
              Delete account
            </Button>
          </AlertDialogFooter>
        </form>
      </AlertDialogContent>
    </AlertDialog>
  );
}
