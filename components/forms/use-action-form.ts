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
type Answer =
  { ok: true } | { ok: false; error: { code?: string; message: string } } | { ok: false; message: string };

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

/** Failures a second try may fix: the request or the server broke, not the input. */
const RETRYABLE_CODES: ReadonlySet<string> = new Set(["UNREACHABLE", "UNEXPECTED"]);

/**
 * Whether to offer Retry (the same call with the same input) for a failure's code. An outcome
 * without a code (an adapter kept only the message) is offered it: a button has no input to fix.
 */
export function isRetryable(code: string | undefined): boolean {
  return code === undefined || RETRYABLE_CODES.has(code);
}

/** A failed call, as the screen shows it. */
export type ActionFailure = { message: string; retryable: boolean };

/** What useAction shows for an answer: nothing on success (exported for its tests). */
export function failureOf(answer: Answer): ActionFailure | null {
  if (answer.ok) return null;
  if (!("error" in answer)) return { message: answer.message, retryable: true };
  return { message: answer.error.message, retryable: isRetryable(answer.error.code) };
}

type ActionFormOptions<TFieldValues extends FieldValues, TParsed, O> = {
  /** After success; the busy state lasts until it settles. */
  onSuccess?: (data: O, values: TParsed) => void | Promise<void>;
  /** When the action redirects: its success, for acts that leave the page (delete, leave). */
  onNavigate?: () => void;
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
  "handleSubmit" | "setError" | "clearErrors" | "getValues"
>;

/**
 * useActionForm's submit handler and its Retry, without the transition (exported for its tests).
 * `retry` runs the action again with the values last submitted, not what the form holds now.
 */
export function actionSubmit<TFieldValues extends FieldValues, TContext, TParsed extends FieldValues, O>(
  form: ActionForm<TFieldValues, TContext, TParsed>,
  action: (values: TParsed) => Promise<ActionResult<O>>,
  {
    onSuccess,
    onNavigate,
    onError,
    fieldOf,
    confirmIdentity = () => Promise.resolve(false),
  }: ActionFormOptions<TFieldValues, TParsed, O> = {},
  last: { current: TParsed | null } = { current: null },
) {
  const fieldFor =
    fieldOf ??
    ((path: string) => {
      const name = path as FieldPath<TFieldValues>;
      return form.getValues(name) === undefined ? null : name;
    });

  async function settle(values: TParsed) {
    last.current = values;
    form.clearErrors("root.server" as FieldPath<TFieldValues>);
    let result: ActionResult<O> | Unreachable;
    try {
      result = await runSensitiveAction(action, values, confirmIdentity);
    } catch (navigation) {
      // Only Next's redirect gets out of runAction.
      onNavigate?.();
      throw navigation;
    }
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
  }

  return {
    submit: form.handleSubmit(settle),
    retry: async () => {
      if (last.current !== null) await settle(last.current);
    },
  };
}

/**
 * Submits a react-hook-form form to a server action, in the spirit of next-safe-action's
 * useAction: `error.fields` go onto their fields (focusing the first), anything else (the error's
 * message, or a transport failure) onto `root.server`, which `<FormError form={form} retry={retry} />`
 * shows, with Retry when a second try may work. The submit runs in a transition, so an action
 * that redirects keeps `pending` until the page changes.
 */
export function useActionForm<TFieldValues extends FieldValues, TContext, TParsed extends FieldValues, O>(
  form: UseFormReturn<TFieldValues, TContext, TParsed>,
  action: (values: TParsed) => Promise<ActionResult<O>>,
  options: ActionFormOptions<TFieldValues, TParsed, O> = {},
) {
  const [transitioning, startTransition] = useTransition();
  const confirmIdentity = useConfirmIdentity();
  // A box that lives as long as the form (not a ref: actionSubmit is built during render).
  const [last] = useState<{ current: TParsed | null }>(() => ({ current: null }));
  const { submit, retry } = actionSubmit(form, action, { confirmIdentity, ...options }, last);
  return {
    onSubmit: (event?: React.BaseSyntheticEvent) => startTransition(() => submit(event)),
    /** The last submitted call again, same values (FormError's Retry). */
    retry: () => startTransition(retry),
    pending: form.formState.isSubmitting || transitioning,
  };
}

type ActionOptions<R> = {
  /** After success, with the action's result (e.g. its `data`); `pending` lasts until it settles. */
  onSuccess?: (result: Extract<R, { ok: true }>) => void | Promise<void>;
};

/**
 * The same for an action behind a button (revoke, resend, accept…): `execute(input)` runs it in a
 * transition; `failure` is what to show, whether the action refused or never answered, and
 * `retry` runs the failed call again with the same input (`<ActionError>` shows both).
 */
export function useAction<I, R extends Answer>(
  action: (input: I) => Promise<R>,
  { onSuccess }: ActionOptions<R> = {},
) {
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<{ input: I; failure: ActionFailure }>();
  const confirmIdentity = useConfirmIdentity();

  function execute(input: I) {
    setFailure(undefined);
    startTransition(async () => {
      const answer = await runSensitiveAction(action, input, confirmIdentity);
      const failed = failureOf(answer);
      if (failed === null) await onSuccess?.(answer as Extract<R, { ok: true }>);
      else setFailure({ input, failure: failed });
    });
  }

  return {
    execute,
    pending,
    failure: failure?.failure,
    /** The failed call again, same input. */
    retry: () => failure && execute(failure.input),
  };
}
