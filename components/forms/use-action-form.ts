"use client";

import { unstable_rethrow } from "next/navigation";
import { useState, useTransition } from "react";
import type { FieldPath, FieldValues, UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/action-result";

// The one way from a server action's result to the screen. Every call ends in one of three
// outcomes: success, an expected error (the action's `{ ok: false, error }`), or a transport
// failure (the promise rejects: offline, "Failed to fetch", a 500 from the server or a proxy),
// which becomes an error of the same shape. Busy states therefore always end.

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
};

type ActionForm<TFieldValues extends FieldValues, TContext, TParsed extends FieldValues> = Pick<
  UseFormReturn<TFieldValues, TContext, TParsed>,
  "handleSubmit" | "setError" | "getValues"
>;

/** useActionForm's submit handler, without the transition (exported for its tests). */
export function actionSubmit<TFieldValues extends FieldValues, TContext, TParsed extends FieldValues, O>(
  form: ActionForm<TFieldValues, TContext, TParsed>,
  action: (values: TParsed) => Promise<ActionResult<O>>,
  { onSuccess, onError, fieldOf }: ActionFormOptions<TFieldValues, TParsed, O> = {},
) {
  const fieldFor =
    fieldOf ??
    ((path: string) => {
      const name = path as FieldPath<TFieldValues>;
      return form.getValues(name) === undefined ? null : name;
    });

  return form.handleSubmit(async (values) => {
    const result = await runAction(action, values);
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
  const submit = actionSubmit(form, action, options);
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

  function execute(input: I) {
    setError(undefined);
    startTransition(async () => {
      const answer = await runAction(action, input);
      const message = failureMessage(answer);
      if (message === null) await onSuccess?.(answer as Extract<R, { ok: true }>);
      else setError(message);
    });
  }

  return { execute, pending, error };
}
