"use client";

import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { Pencil } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { renamePasskeyAction } from "@/lib/actions/passkeys";
import type { PasskeyDto } from "@/lib/passkeys/list-passkeys";
import { PASSKEY_NAME_MAX } from "@/lib/passkeys/name-limit";
import type { PasskeyOptionsInput } from "@/lib/passkeys/schemas";

// The schema (and zod) load on the first submit, not with the page.
const passkeyNameResolver = lazyZodResolver(() =>
  import("@/lib/passkeys/schemas").then((module) => module.passkeyOptionsSchema),
);

/** A passkey's name only: the passkey itself keeps working. */
export function RenamePasskeyDialog({ passkey }: { passkey: PasskeyDto }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline" className="w-fit">
          <Pencil aria-hidden />
          Rename
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle className="break-words">Rename “{passkey.name}”</DialogTitle>
          <DialogDescription>Only the name changes: the passkey keeps working as before.</DialogDescription>
        </DialogHeader>
        <RenamePasskeyForm passkey={passkey} onRenamed={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}

function RenamePasskeyForm({ passkey, onRenamed }: { passkey: PasskeyDto; onRenamed: () => void }) {
  const router = useRouter();
  const form = useForm<PasskeyOptionsInput>({
    resolver: passkeyNameResolver,
    defaultValues: { name: passkey.name },
  });
  const { onSubmit, pending, retry } = useActionForm(
    form,
    ({ name }: PasskeyOptionsInput) => renamePasskeyAction({ passkeyId: passkey._id, name }),
    {
      onSuccess() {
        onRenamed();
        router.refresh();
      },
    },
  );

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-6">
      <Field label="Name" required error={form.formState.errors.name?.message}>
        <Input
          autoComplete="off"
          maxLength={PASSKEY_NAME_MAX}
          disabled={pending}
          {...form.register("name")}
        />
      </Field>
      <DialogFormFooter form={form} retry={retry} pending={pending} submit="Save name" />
    </form>
  );
}
