"use client";

import { unstable_rethrow } from "next/navigation";
import { useState, useTransition } from "react";
import type { FieldPath, FieldValues, UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/action-result";
import { useConfirmIdentity, type ConfirmIdentity } from "./confirm-identity";

// The one way from a server action's result to the screen. Every call ends in one of three
// outcomes: success, an expected error (the action's `{ ok: false, error }`), or a transport
// failure (the promise rejects: offline, "Failed to fetch", a 500 from the server or a proxy),
// which becomes an error of the same shape. Busy states therefore always end. An act that needs
// a recent authentication (sudo mode: REAUTH_REQUIRED) asks for it, then runs again with the
// same input, so nothing typed is lost.

export const UNREACHABLE_MESSAGE = "Keyward could not be reached. Check your connection and try again.";

/** The request never got an answer from Keyward's action. */
export type Unreachable = { ok: false; error: { code: "UNREACHABLE"; message: string } };

const UNREACHABLE: Unreachable = { ok: false, error: { code: "UNREACHABLE", message: UNREACHABLE_MESSAGE } };

/** What a call settles to: an action's result, or an outcome that carries its own message. */
type Answer = { ok: true } | { ok: false; error: { message: string } } | { ok: false; message: string };

/**
 * Calls a server action (or a function around one); a rejection comes back as `Unreachable`
 * instead of escaping. Next's redirect() passes through: it is how an action that navigates away
 * succeeds, and the router handles it.
 */
export async function runAction<I, R>(action: (input: I) => Promise<R>, input: I): Promise<R | Unreachable> {
  try {
    return await action(input);
  } catch (error) {
    unstable_rethrow(error);
    return UNREACHABLE;
  }
}

function needsReauth(answer: unknown): boolean {
  if (typeof answer !== "object" || answer === null || !("error" in answer)) return false;
  const { error } = answer as { error: unknown };
  return (
    typeof error === "object" && error !== null && (error as { code?: unknown }).code === "REAUTH_REQUIRED"
  );
}

/**
 * runAction, with sudo mode: when the act answers REAUTH_REQUIRED, `confirmIdentity` asks the
 * person to authenticate again and the act is retried once with the same input. Cancelled: the
 * first answer stands (its message says why nothing happened).
 */
export async function runSensitiveAction<I, R>(
  action: (input: I) => Promise<R>,
  input: I,
  confirmIdentity: ConfirmIdentity,
): Promise<R | Unreachable> {
  const first = await runAction(action, input);
  if (!needsReauth(first) || !(await confirmIdentity())) return first;
  return runAction(action, input);
}

function failureMessage(answer: Answer): string | null {
  if (answer.ok) return null;
  return "error" in answer ? answer.error.message : answer.message;
}

type ActionFormOptions<TFieldValues extends FieldValues, TParsed, O> = {
  /** After success; the busy state lasts until it settles. */
  onSuccess?: (data: O, values: TParsed) => void | Promise<void>;
  /** After the errors are on the form (e.g. scroll a long form to the first one). */
  onError?: () => void;
  /**
   * The form field a server error path belongs to, or null for the form-level error. By
   * default a path is a field when the form holds a value there.
   */
  fieldOf?: (path: string) => FieldPath<TFieldValues> | null;
  /** Sudo mode's re-authentication (useActionForm passes the app's dialog). */
  confirmIdentity?: ConfirmIdentity;
};

type ActionForm<TFieldValues extends FieldValues, TContext, TParsed extends FieldValues> = Pick<
  UseFormReturn<TFieldValues, TContext, TParsed>,
  "handleSubmit" | "setError" | "getValues"
>;

/** useActionForm's submit handler, without the transition (exported for its tests). */
export function actionSubmit<TFieldValues extends FieldValues, TContext, TParsed extends FieldValues, O>(
  form: ActionForm<TFieldValues, TContext, TParsed>,
  action: (values: TParsed) => Promise<ActionResult<O>>,
  {
    onSuccess,
    onError,
    fieldOf,
    confirmIdentity = () => Promise.resolve(false),
  }: ActionFormOptions<TFieldValues, TParsed, O> = {},
) {
  const fieldFor =
    fieldOf ??
    ((path: string) => {
      const name = path as FieldPath<TFieldValues>;
      return form.getValues(name) === undefined ? null : name;
    });

  return form.handleSubmit(async (values) => {
    const result = await runSensitiveAction(action, values, confirmIdentity);
    if (result.ok) {
      await onSuccess?.(result.data, values);
      return;
    }
    let placed = 0;
    for (const [path, message] of Object.entries(
      "fields" in result.error ? (result.error.fields ?? {}) : {},
    )) {
      const name = fieldFor(path);
      if (!name) continue;
      form.setError(name, { type: "server", message }, { shouldFocus: placed === 0 });
      placed += 1;
    }
    if (placed === 0)
      form.setError("root.server", { type: result.error.code, message: result.error.message });
    onError?.();
  });
}

/**
 * Submits a react-hook-form form to a server action, in the spirit of next-safe-action's
 * useAction: `error.fields` go onto their fields (focusing the first), anything else (the error's
 * message, or a transport failure) onto `root.server`, which `<FormError form={form} />` shows.
 * The submit runs in a transition, so an action that redirects keeps `pending` until the page
 * changes.
 */
export function useActionForm<TFieldValues extends FieldValues, TContext, TParsed extends FieldValues, O>(
  form: UseFormReturn<TFieldValues, TContext, TParsed>,
  action: (values: TParsed) => Promise<ActionResult<O>>,
  options: ActionFormOptions<TFieldValues, TParsed, O> = {},
) {
  const [transitioning, startTransition] = useTransition();
  const confirmIdentity = useConfirmIdentity();
  const submit = actionSubmit(form, action, { confirmIdentity, ...options });
  return {
    onSubmit: (event?: React.BaseSyntheticEvent) => startTransition(() => submit(event)),
    pending: form.formState.isSubmitting || transitioning,
  };
}

type ActionOptions<R> = {
  /** After success, with the action's result (e.g. its `data`); `pending` lasts until it settles. */
  onSuccess?: (result: Extract<R, { ok: true }>) => void | Promise<void>;
};

/**
 * The same for an action behind a button (revoke, resend, accept…): `execute(input)` runs it in a
 * transition; `error` is the message to show, whether the action refused or never answered.
 */
export function useAction<I, R extends Answer>(
  action: (input: I) => Promise<R>,
  { onSuccess }: ActionOptions<R> = {},
) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const confirmIdentity = useConfirmIdentity();

  function execute(input: I) {
    setError(undefined);
    startTransition(async () => {
      const answer = await runSensitiveAction(action, input, confirmIdentity);
      const message = failureMessage(answer);
      if (message === null) await onSuccess?.(answer as Extract<R, { ok: true }>);
      else setError(message);
    });
  }

  return { execute, pending, error };
}
