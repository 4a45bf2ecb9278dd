"use client";

import { signOut } from "@/components/auth/next-auth-client";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { deleteAccountAction } from "@/lib/actions/account";
import { ConfirmDialog } from "@/components/forms/confirm-dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { DeleteAccountInput } from "@/lib/users/schemas";

/** Deletes the account after the typed email and the password (shown once no website blocks it; the server checks again). */
export function DeleteAccount({ email }: { email: string }) {
  const router = useRouter();
  const form = useForm<DeleteAccountInput>({ defaultValues: { confirmEmail: "", password: "" } });

  return (
    <ConfirmDialog
      label="Delete account"
      title="Delete your account?"
      description={
        <>
          You leave every website you belong to, your API tokens stop working at once and every session is
          signed out. Website keys you created stay with their websites. This cannot be undone.
        </>
      }
      form={form}
      action={deleteAccountAction}
      done="Your account was deleted."
      // The account is gone either way: a failed sign-out still ends on the sign-in page.
      onSuccess={() => signOut("/sign-in").catch(() => router.replace("/sign-in"))}
      typed={{ name: "confirmEmail", text: email, ignoreCase: true }}
    >
      <Field label="Password" error={form.formState.errors.password?.message}>
        <Input type="password" autoComplete="current-password" {...form.register("password")} />
      </Field>
    </ConfirmDialog>
  );
}
