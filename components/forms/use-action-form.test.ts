import { redirect } from "next/navigation";
import { createFormControl, type FieldValues, type UseFormReturn } from "react-hook-form";
import { describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/actions/action-result";
import {
  UNREACHABLE_MESSAGE,
  actionSubmit,
  failureOf,
  isRetryable,
  runAction,
  runSensitiveAction,
} from "./use-action-form";

type Values = { name: string; email: string };

function formOf(values: Values) {
  const { formControl } = createFormControl<Values>({ defaultValues: values });
  return formControl as unknown as UseFormReturn<Values> & { getErrors: () => FieldValues };
}

const refused = (error: Extract<ActionResult<never>, { ok: false }>["error"]) => async () =>
  ({ ok: false, error }) as ActionResult<never>;

describe("runAction", () => {
  it("passes the action's own answer through", async () => {
    const answer: ActionResult<number> = { ok: true, data: 7 };
    await expect(runAction(async () => answer, undefined)).resolves.toBe(answer);
  });

  it("turns a rejection (offline, a 500) into an error instead of throwing", async () => {
    const result = await runAction(async () => {
      throw new TypeError("Failed to fetch");
    }, undefined);
    expect(result).toEqual({ ok: false, error: { code: "UNREACHABLE", message: UNREACHABLE_MESSAGE } });
  });

  it("lets Next's redirect through: it is how a navigating action succeeds", async () => {
    const navigating = runAction(async () => redirect("/"), undefined);
    await expect(navigating).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
  });
});

describe("runSensitiveAction (sudo mode)", () => {
  const reauth = { ok: false, error: { code: "REAUTH_REQUIRED", message: "Confirm it's you." } } as const;

  it("asks who is there on REAUTH_REQUIRED, then runs the act again with the same input", async () => {
    const action = vi.fn().mockResolvedValueOnce(reauth).mockResolvedValueOnce({ ok: true, data: 1 });
    const confirmIdentity = vi.fn().mockResolvedValue(true);
    const input = { name: "CI deploy", permissions: ["*"] };
    await expect(runSensitiveAction(action, input, confirmIdentity)).resolves.toEqual({ ok: true, data: 1 });
    expect(confirmIdentity).toHaveBeenCalledOnce();
    expect(action.mock.calls).toEqual([[input], [input]]);
  });

  it("keeps the refusal when the person cancels: the act does not run again", async () => {
    const action = vi.fn().mockResolvedValue(reauth);
    await expect(runSensitiveAction(action, {}, async () => false)).resolves.toBe(reauth);
    expect(action).toHaveBeenCalledOnce();
  });

  it("never asks for other answers", async () => {
    const confirmIdentity = vi.fn();
    const forbidden = { ok: false, error: { code: "FORBIDDEN", message: "No." } };
    await expect(runSensitiveAction(async () => forbidden, {}, confirmIdentity)).resolves.toBe(forbidden);
    expect(confirmIdentity).not.toHaveBeenCalled();
  });
});

describe("actionSubmit", () => {
  it("retries a sudo-mode refusal after confirmIdentity, keeping what was typed", async () => {
    const form = formOf({ name: "Deploy", email: "a@b.test" });
    const seen: Values[] = [];
    const action = async (values: Values): Promise<ActionResult<null>> => {
      seen.push(values);
      return seen.length === 1
        ? { ok: false, error: { code: "REAUTH_REQUIRED", message: "Confirm it's you." } }
        : { ok: true, data: null };
    };
    const onSuccess = vi.fn();
    await actionSubmit(form, action, { onSuccess, confirmIdentity: async () => true }).submit();
    expect(seen).toEqual([
      { name: "Deploy", email: "a@b.test" },
      { name: "Deploy", email: "a@b.test" },
    ]);
    expect(onSuccess).toHaveBeenCalledOnce();
    expect(form.getErrors()).toEqual({});
  });

  it("puts field errors on their fields and leaves the form-level error empty", async () => {
    const form = formOf({ name: "", email: "a@b.test" });
    await actionSubmit(
      form,
      refused({ code: "CONFLICT", message: "Taken.", fields: { email: "Taken.", name: "Too long." } }),
    ).submit();
    expect(form.getErrors()).toMatchObject({
      email: { type: "server", message: "Taken." },
      name: { type: "server", message: "Too long." },
    });
    expect(form.getErrors().root).toBeUndefined();
  });

  it("puts an error without a field of this form on root.server", async () => {
    const form = formOf({ name: "", email: "" });
    await actionSubmit(
      form,
      refused({ code: "INVALID", message: "Bad id.", fields: { websiteId: "Bad id." } }),
    ).submit();
    expect(form.getErrors()).toEqual({ root: { server: { type: "INVALID", message: "Bad id." } } });
  });

  it("maps paths through fieldOf when given", async () => {
    const form = formOf({ name: "", email: "" });
    await actionSubmit(form, refused({ code: "INVALID", message: "x", fields: { "email.0": "Bad." } }), {
      fieldOf: (path) => (path.startsWith("email") ? "email" : null),
    }).submit();
    expect(form.getErrors()).toMatchObject({ email: { message: "Bad." } });
  });

  it("shows a transport failure on root.server and settles", async () => {
    const form = formOf({ name: "", email: "" });
    const onError = vi.fn();
    await actionSubmit(
      form,
      async () => {
        throw new Error("An unexpected response was received from the server.");
      },
      { onError },
    ).submit();
    expect(form.getErrors()).toEqual({
      root: { server: { type: "UNREACHABLE", message: UNREACHABLE_MESSAGE } },
    });
    expect(onError).toHaveBeenCalledOnce();
  });

  it("hands success and the submitted values to onSuccess", async () => {
    const form = formOf({ name: "Ada", email: "ada@b.test" });
    const onSuccess = vi.fn();
    const action = vi.fn(async () => ({ ok: true, data: { id: "1" } }) as const);
    await actionSubmit(form, action, { onSuccess }).submit();
    expect(action).toHaveBeenCalledWith({ name: "Ada", email: "ada@b.test" });
    expect(onSuccess).toHaveBeenCalledWith({ id: "1" }, { name: "Ada", email: "ada@b.test" });
    expect(form.getErrors()).toEqual({});
  });
});

describe("actionSubmit's retry", () => {
  it("runs the action again with the values last submitted, not what the form holds now", async () => {
    const form = formOf({ name: "Deploy", email: "a@b.test" });
    const action = vi
      .fn<(values: Values) => Promise<ActionResult<null>>>()
      .mockRejectedValueOnce(new TypeError("Failed to fetch"))
      .mockResolvedValueOnce({ ok: true, data: null });
    const onSuccess = vi.fn();
    const { submit, retry } = actionSubmit(form, action, { onSuccess });
    await submit();
    expect(form.getErrors()).toEqual({
      root: { server: { type: "UNREACHABLE", message: UNREACHABLE_MESSAGE } },
    });
    form.setValue("name", "Edited since");
    await retry();
    expect(action.mock.calls).toEqual([
      [{ name: "Deploy", email: "a@b.test" }],
      [{ name: "Deploy", email: "a@b.test" }],
    ]);
    expect(onSuccess).toHaveBeenCalledOnce();
    expect(form.getErrors()).toEqual({});
  });

  it("keeps the last values across renders in the box useActionForm holds", async () => {
    const form = formOf({ name: "Deploy", email: "" });
    const last = { current: null as Values | null };
    const action = vi.fn(
      async () => ({ ok: false, error: { code: "UNEXPECTED", message: "Oops." } }) as const,
    );
    await actionSubmit(form, action, {}, last).submit();
    await actionSubmit(form, action, {}, last).retry();
    expect(action).toHaveBeenCalledTimes(2);
    expect(last.current).toEqual({ name: "Deploy", email: "" });
  });

  it("does nothing before a first submit", async () => {
    const action = vi.fn();
    await actionSubmit(formOf({ name: "", email: "" }), action).retry();
    expect(action).not.toHaveBeenCalled();
  });
});

describe("actionSubmit with an action that redirects", () => {
  it("calls onNavigate and lets the redirect through to the router", async () => {
    const onNavigate = vi.fn();
    const onSuccess = vi.fn();
    const navigating = actionSubmit(formOf({ name: "", email: "" }), async () => redirect("/"), {
      onNavigate,
      onSuccess,
    }).submit();
    await expect(navigating).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
    expect(onNavigate).toHaveBeenCalledOnce();
    expect(onSuccess).not.toHaveBeenCalled();
  });
});

describe("Retry is offered", () => {
  it("when the request or the server failed, not when the input was refused", () => {
    expect(isRetryable("UNREACHABLE")).toBe(true);
    expect(isRetryable("UNEXPECTED")).toBe(true);
    expect(isRetryable("CONFLICT")).toBe(false);
    expect(isRetryable("INVALID")).toBe(false);
    expect(isRetryable("")).toBe(false);
  });

  it("for a button's failure when its code allows, or when it has no code (useAction)", () => {
    expect(failureOf({ ok: true })).toBeNull();
    expect(failureOf({ ok: false, error: { code: "UNREACHABLE", message: UNREACHABLE_MESSAGE } })).toEqual({
      message: UNREACHABLE_MESSAGE,
      retryable: true,
    });
    expect(failureOf({ ok: false, error: { code: "FORBIDDEN", message: "No." } })).toEqual({
      message: "No.",
      retryable: false,
    });
    // An adapter that kept only the message (a revoke's outcome): the same call may work again.
    expect(failureOf({ ok: false, message: "Not revoked." })).toEqual({
      message: "Not revoked.",
      retryable: true,
    });
  });
});
