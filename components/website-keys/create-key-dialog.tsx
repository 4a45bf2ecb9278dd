"use client";

import { zodResolver } from "@/components/forms/zod-resolver";
import { useForm } from "react-hook-form";
import { createWebsiteKeyAction } from "@/lib/actions/website-keys";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
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
import { createWebsiteKeySchema, type CreateWebsiteKeyInput } from "@/lib/website-keys/schemas";

type CreateKeyDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  websiteId: string;
  domain: string;
  onCreated: (created: { name: string; secret: string }) => void;
  onCloseAutoFocus?: (event: Event) => void;
};

export function CreateKeyDialog({
  open,
  onOpenChange,
  websiteId,
  domain,
  onCreated,
  onCloseAutoFocus,
}: CreateKeyDialogProps) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent onCloseAutoFocus={onCloseAutoFocus}>
        <DialogHeader>
          <DialogTitle>Create an API key</DialogTitle>
          <DialogDescription>
            The key works on {domain} only, with a member&apos;s access: analytics, goals, payments, settings,
            funnels and alerts — never the team or deleting the website.
          </DialogDescription>
        </DialogHeader>
        <CreateKeyForm websiteId={websiteId} onCreated={onCreated} />
      </DialogContent>
    </Dialog>
  );
}

function CreateKeyForm({ websiteId, onCreated }: Pick<CreateKeyDialogProps, "websiteId" | "onCreated">) {
  const form = useForm<CreateWebsiteKeyInput>({
    resolver: zodResolver(createWebsiteKeySchema, undefined, { raw: true }),
    defaultValues: { name: "" },
  });
  const { onSubmit, pending, retry } = useActionForm(
    form,
    (values: CreateWebsiteKeyInput) => createWebsiteKeyAction({ ...values, websiteId }),
    {
      // The secret leaves the action result here, once; the result object is dropped.
      onSuccess: (created) => onCreated({ name: created.key.name, secret: created.secret }),
    },
  );

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-6">
      <Field
        label="Name"
        error={form.formState.errors.name?.message}
        description="What uses it, so you can tell it from the website's other keys."
        required
      >
        <Input
          autoComplete="off"
          maxLength={64}
          placeholder="e.g. Checkout server"
          {...form.register("name")}
        />
      </Field>
      <FormError form={form} retry={retry} />
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="outline">Cancel</Button>
        </DialogClose>
        <Button type="submit" loading={pending}>
          Create key
        </Button>
      </DialogFooter>
    </form>
  );
}
