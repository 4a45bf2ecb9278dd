import "server-only";
import { headers } from "next/headers";
import { z } from "zod";
import { sessionActor, type Actor, type RequestInfo } from "@/lib/actor";
import { auditRefusal } from "@/lib/audit/record-refusal";
import { currentUser, type SessionUser } from "@/lib/auth/session";
import { requireSudo } from "@/lib/auth/sudo/sudo-window";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { isAppError } from "@/lib/errors";
import { requestInfoFrom } from "@/lib/http/request-info";
import { isSameOrigin } from "@/lib/http/same-origin";
import { logUnexpected } from "@/lib/log-unexpected";
import type { ActionResult } from "./action-result";

/** The database cannot be reached (S74): a clear, retryable message instead of a generic failure. */
export const UNAVAILABLE_MESSAGE =
  "Keyward is temporarily unavailable: its database cannot be reached. Try again in a moment.";

export type ActionContext = { user: SessionUser; actor: Actor };

function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    fields[key] ??= issue.message;
  }
  return fields;
}

function toResult(error: unknown): ActionResult<never> {
  if (error instanceof z.ZodError) {
    const fields = fieldErrors(error);
    return {
      ok: false,
      error: { code: "INVALID", message: Object.values(fields)[0] ?? "Check the form.", fields },
    };
  }
  if (isAppError(error)) {
    const fields = error.field ? { [error.field]: error.message } : undefined;
    return { ok: false, error: { code: error.code, message: error.message, ...(fields ? { fields } : {}) } };
  }
  if (isDatabaseUnavailable(error)) {
    return { ok: false, error: { code: "UNAVAILABLE", message: UNAVAILABLE_MESSAGE } };
  }
  const id = logUnexpected("action", error);
  return {
    ok: false,
    error: { code: "UNEXPECTED", message: `Something went wrong (reference ${id.slice(0, 8)}).` },
  };
}

/** The website a refused action named, for its audit event (the domain checked it, not this). */
function websiteIdOf(raw: unknown): string | null {
  const value =
    typeof raw === "object" && raw !== null ? (raw as { websiteId?: unknown }).websiteId : undefined;
  return typeof value === "string" ? value : null;
}

async function guard(): Promise<Headers | ActionResult<never>> {
  const source = await headers();
  if (!isSameOrigin(source)) {
    return { ok: false, error: { code: "FORBIDDEN", message: "This request did not come from Keyward." } };
  }
  return source;
}

export type ActionOptions = {
  /**
   * A sensitive act (minting a credential, changing who has access, deleting): the session must
   * have authenticated within the sudo window, else REAUTH_REQUIRED and nothing runs.
   */
  sudo?: boolean;
};

/**
 * A server action for signed-in people: same-origin check, session re-read from the database,
 * input parsed with the shared schema, one domain call, errors mapped. Bound or client-supplied
 * ids are only input: the domain function decides whether this person may touch them.
 */
export function defineAction<S extends z.ZodType, O>(
  schema: S,
  run: (context: ActionContext, input: z.output<S>) => Promise<O>,
  { sudo = false }: ActionOptions = {},
): (input: z.input<S>) => Promise<ActionResult<O>> {
  return async (raw) => {
    let actor: Actor | undefined;
    try {
      const source = await guard();
      if (!(source instanceof Headers)) return source;
      const user = await currentUser();
      if (!user)
        return {
          ok: false,
          error: { code: "UNAUTHENTICATED", message: "Your session has ended. Sign in again." },
        };
      actor = { ...sessionActor(user.id, requestInfoFrom(source)), sessionId: user.sessionId };
      const input = schema.parse(raw);
      if (sudo) requireSudo(user);
      const data = await run({ user, actor }, input);
      return { ok: true, data };
    } catch (error) {
      await auditRefusal(actor, error, { operation: "dashboard action", websiteId: websiteIdOf(raw) });
      return toResult(error);
    }
  };
}

/** What a public action knows of its request: the client, for throttles and the audit trail. */
export type PublicActionContext = { request: RequestInfo };

/** A server action open to signed-out visitors (sign-up, password reset): same-origin check and schema only. */
export function definePublicAction<S extends z.ZodType, O>(
  schema: S,
  run: (input: z.output<S>, context: PublicActionContext) => Promise<O>,
): (input: z.input<S>) => Promise<ActionResult<O>> {
  return async (raw) => {
    try {
      const source = await guard();
      if (!(source instanceof Headers)) return source;
      const data = await run(schema.parse(raw), { request: requestInfoFrom(source) });
      return { ok: true, data };
    } catch (error) {
      return toResult(error);
    }
  };
}
