"use client";

import { zodResolver } from "@/components/forms/zod-resolver";
import { useForm } from "react-hook-form";
import { renameWebsiteKeyAction, setWebsiteKeyAllowedIpsAction } from "@/lib/actions/website-keys";
import { AllowedIpsForm } from "@/components/secrets/allowed-ips-form";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import type { CredentialRef } from "@/components/secrets/types";
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
import { renameWebsiteKeySchema, type RenameWebsiteKeyInput } from "@/lib/website-keys/schemas";

type RenameKeyDialogProps = {
  websiteId: string;
  /** The key to rename; null keeps the dialog closed. */
  target: CredentialRef | null;
  onClose: () => void;
  onRenamed: (name: string) => void;
  /** The key's IP allow-list and the addresses it was recently used from (its last one, today). */
  allowList: { current: readonly string[]; recentIps: readonly string[] } | null;
  onAllowListSaved: () => void;
  onCloseAutoFocus?: (event: Event) => void;
};

/** A key's name and IP allow-list: its secret, website, access and lineage stay. */
export function RenameKeyDialog({
  websiteId,
  target,
  onClose,
  onRenamed,
  allowList,
  onAllowListSaved,
  onCloseAutoFocus,
}: RenameKeyDialogProps) {
  return (
    <Dialog open={target !== null} onOpenChange={(open) => !open && onClose()}>
      {target && (
        <DialogContent onCloseAutoFocus={onCloseAutoFocus}>
          <DialogHeader>
            <DialogTitle className="break-words">Rename “{target.name}”</DialogTitle>
            <DialogDescription>
              Only the name changes: <span className="font-mono text-foreground">{target.displayKey}</span>{" "}
              keeps working as before.
            </DialogDescription>
          </DialogHeader>
          <RenameKeyForm key={target.id} websiteId={websiteId} target={target} onRenamed={onRenamed} />
          {allowList && (
            <AllowedIpsForm
              key={`${target.id}-ips`}
              current={allowList.current}
              recentIps={allowList.recentIps}
              save={(allowedIps) =>
                setWebsiteKeyAllowedIpsAction({ websiteId, keyId: target.id, allowedIps })
              }
              onSaved={onAllowListSaved}
            />
          )}
        </DialogContent>
      )}
    </Dialog>
  );
}

function RenameKeyForm({
  websiteId,
  target,
  onRenamed,
}: Pick<RenameKeyDialogProps, "websiteId" | "onRenamed"> & { target: CredentialRef }) {
  const form = useForm<RenameWebsiteKeyInput>({
    resolver: zodResolver(renameWebsiteKeySchema, undefined, { raw: true }),
    defaultValues: { name: target.name },
  });
  const { onSubmit, pending, retry } = useActionForm(
    form,
    (values: RenameWebsiteKeyInput) => renameWebsiteKeyAction({ ...values, websiteId, keyId: target.id }),
    { onSuccess: (renamed) => onRenamed(renamed.name) },
  );

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-6">
      <Field label="Name" required error={form.formState.errors.name?.message}>
        <Input autoComplete="off" maxLength={64} disabled={pending} {...form.register("name")} />
      </Field>
      <FormError form={form} retry={retry} />
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="outline">Cancel</Button>
        </DialogClose>
        <Button type="submit" loading={pending}>
          Save name
        </Button>
      </DialogFooter>
    </form>
  );
}
