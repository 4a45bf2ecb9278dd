"use client";

import { useFormState, type FieldValues, type UseFormReturn } from "react-hook-form";
import { FieldError } from "@/components/ui/field";

/**
 * The form-level error (`root.server`, set by useActionForm): what the action refused without
 * naming a field, or that Keyward could not be reached. One look and role="alert" on every form.
 */
export function FormError<TFieldValues extends FieldValues, TContext, TParsed extends FieldValues>({
  form,
}: {
  form: UseFormReturn<TFieldValues, TContext, TParsed>;
}) {
  const { errors } = useFormState({ control: form.control });
  return <FieldError>{errors.root?.server?.message}</FieldError>;
}
