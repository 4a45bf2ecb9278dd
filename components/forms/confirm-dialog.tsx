"use client";

import { focusPageHeading } from "@/components/feedback/focus-heading";
import { toast } from "@/components/feedback/toast";
import type { LucideIcon } from "lucide-react";
import { useRef, useState } from "react";
import { useWatch, type FieldPath, type FieldValues, type UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/action-result";
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
import { Button, type ButtonVariant } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { FormError } from "./form-error";
import { useActionForm } from "./use-action-form";

type Typed<TFieldValues extends FieldValues> = {
  /** The field that holds what the person types. */
  name: FieldPath<TFieldValues>;
  /** What they must type (an email, a domain); null while there is nothing to confirm yet. */
  text: string | null;
  /** Compare trimmed and in lower case, as the server compares emails. Default: exactly. */
  ignoreCase?: boolean;
};

type ConfirmDialogProps<TFieldValues extends FieldValues, TParsed extends FieldValues, O> = {
  /** The act ("Delete website"), on the button that opens the dialog and on the one that confirms. */
  label: string;
  icon?: LucideIcon;
  /** The opening button's look; the confirming button is always destructive. */
  triggerVariant?: ButtonVariant;
  title: string;
  description: React.ReactNode;
  /** Reset at every opening; its values go to `action`. */
  form: UseFormReturn<TFieldValues, unknown, TParsed>;
  action: (values: TParsed) => Promise<ActionResult<O>>;
  /** After success, before the dialog closes. */
  onSuccess?: (data: O) => void | Promise<void>;
  /** The toast after success ("Ownership of shop.example.com transferred."). */
  done: string;
  /** Where an act that redirects lands (its page heading takes focus there). */
  redirectsTo?: string;
  /** The text to type before the destructive button works; omitted for a plain confirmation. */
  typed?: Typed<TFieldValues>;
  /** Fields before the typed confirmation (e.g. choosing the person it names). */
  before?: React.ReactNode;
  /** Fields after it (e.g. the password). */
  children?: React.ReactNode;
};

/**
 * The confirmation of an act that cannot be undone (delete the account or a website, transfer
 * ownership, leave a website): title, consequences, optionally a name or domain to type, then a
 * destructive button. Focus starts in the first field; Cancel and Escape always work. Success is
 * acknowledged with a toast and focus moves to the page heading.
 */
export function ConfirmDialog<TFieldValues extends FieldValues, TParsed extends FieldValues, O>({
  label,
  icon: Icon,
  triggerVariant = "destructive",
  title,
  description,
  form,
  action,
  onSuccess,
  done,
  redirectsTo,
  typed,
  before,
  children,
}: ConfirmDialogProps<TFieldValues, TParsed, O>) {
  const [open, setOpen] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  // The act usually takes its opener off the page (a revoked session, a transferred card).
  const succeeded = useRef(false);
  const { onSubmit, pending, retry } = useActionForm(form, action, {
    async onSuccess(data) {
      succeeded.current = true;
      toast(done);
      await onSuccess?.(data);
      setOpen(false);
    },
    onNavigate() {
      toast(done);
      focusPageHeading(redirectsTo);
    },
  });

  function onOpenChange(next: boolean) {
    if (next) form.reset();
    setOpen(next);
  }

  return (
    <AlertDialog open={open} onOpenChange={onOpenChange}>
      <AlertDialogTrigger asChild>
        <Button variant={triggerVariant} className="w-fit">
          {Icon && <Icon aria-hidden />}
          {label}
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent
        onCloseAutoFocus={(event) => {
          if (!succeeded.current) return;
          succeeded.current = false;
          event.preventDefault();
          focusPageHeading();
        }}
        onOpenAutoFocus={(event) => {
          const field = formRef.current?.querySelector<HTMLElement>("input, select");
          if (!field) return;
          event.preventDefault();
          field.focus();
        }}
      >
        <AlertDialogHeader>
          <AlertDialogTitle className="break-words">{title}</AlertDialogTitle>
          <AlertDialogDescription>{description}</AlertDialogDescription>
        </AlertDialogHeader>
        <form ref={formRef} onSubmit={onSubmit} noValidate className="grid gap-4">
          {before}
          {typed && <TypedConfirmation form={form} typed={typed} />}
          {children}
          <FormError form={form} retry={retry} />
          <AlertDialogFooter>
            <AlertDialogCancel>Cancel</AlertDialogCancel>
            {typed ? (
              <ConfirmButton form={form} typed={typed} pending={pending}>
                {label}
              </ConfirmButton>
            ) : (
              <Button type="submit" variant="destructive" loading={pending}>
                {label}
              </Button>
            )}
          </AlertDialogFooter>
        </form>
      </AlertDialogContent>
    </AlertDialog>
  );
}

function TypedConfirmation<TFieldValues extends FieldValues, TParsed extends FieldValues>({
  form,
  typed,
}: {
  form: UseFormReturn<TFieldValues, unknown, TParsed>;
  typed: Typed<TFieldValues>;
}) {
  if (typed.text === null) return null;
  return (
    <Field
      label={
        <span>
          Type <span className="font-mono font-semibold break-all">{typed.text}</span> to confirm
        </span>
      }
      error={form.getFieldState(typed.name, form.formState).error?.message}
    >
      <Input
        autoComplete="off"
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        {...form.register(typed.name)}
      />
    </Field>
  );
}

/** The destructive button, which waits until the typed text matches. */
function ConfirmButton<TFieldValues extends FieldValues, TParsed extends FieldValues>({
  form,
  typed,
  pending,
  children,
}: {
  form: UseFormReturn<TFieldValues, unknown, TParsed>;
  typed: Typed<TFieldValues>;
  pending: boolean;
  children: React.ReactNode;
}) {
  const value: unknown = useWatch({ control: form.control, name: typed.name });
  const entered = typeof value === "string" ? value : "";
  const matches =
    typed.text !== null && (typed.ignoreCase ? entered.trim().toLowerCase() : entered) === typed.text;
  return (
    <Button type="submit" variant="destructive" disabled={!matches} loading={pending}>
      {children}
    </Button>
  );
}
