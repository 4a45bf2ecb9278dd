"use client";

import { useFormState, type FieldValues, type UseFormReturn } from "react-hook-form";
import { ActionError } from "./action-error";
import { isRetryable } from "./use-action-form";

/**
 * The form-level error (`root.server`, set by useActionForm): what the action refused without
 * naming a field, or that Keyward could not be reached, with Retry (useActionForm's `retry`) when
 * a second try may work. One look and role="alert" on every form.
 */
export function FormError<TFieldValues extends FieldValues, TContext, TParsed extends FieldValues>({
  form,
  retry,
}: {
  form: UseFormReturn<TFieldValues, TContext, TParsed>;
  retry?: () => void;
}) {
  const { errors } = useFormState({ control: form.control });
  const server = errors.root?.server;
  const failure = server?.message
    ? { message: server.message, retryable: isRetryable(typeof server.type === "string" ? server.type : "") }
    : undefined;
  return <ActionError failure={failure} onRetry={retry} />;
}
