"use client";

import type { FieldValues, UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import { FormError } from "./form-error";

type DialogFormFooterProps<TFieldValues extends FieldValues, TContext, TParsed extends FieldValues> = {
  form: UseFormReturn<TFieldValues, TContext, TParsed>;
  /** useActionForm's Retry for the form-level error. */
  retry: () => void;
  pending: boolean;
  /** The submit button's label, e.g. "Create key". */
  submit: string;
  /** Long forms pin the footer to the dialog's bottom edge. */
  sticky?: boolean;
};

/** A dialog form's end: its form-level error with Retry, then Cancel and the submit button. */
export function DialogFormFooter<TFieldValues extends FieldValues, TContext, TParsed extends FieldValues>({
  form,
  retry,
  pending,
  submit,
  sticky = false,
}: DialogFormFooterProps<TFieldValues, TContext, TParsed>) {
  return (
    <>
      <FormError form={form} retry={retry} />
      <DialogFooter
        className={sticky ? "sticky -bottom-6 -mx-6 -mb-6 border-t bg-popover px-6 py-4" : undefined}
      >
        <DialogClose asChild>
          <Button variant="outline">Cancel</Button>
        </DialogClose>
        <Button type="submit" loading={pending}>
          {submit}
        </Button>
      </DialogFooter>
    </>
  );
}
