import type { ActionResult } from "@/lib/actions/action-result";
import type { ActOutcome, SecretOutcome } from "./types";

/** A create or roll result as the reveal takes it: the secret taken out, the rest let go. */
export function secretOutcome<T>(result: ActionResult<T>, secretOf: (data: T) => string): SecretOutcome {
  return result.ok
    ? { ok: true, secret: secretOf(result.data) }
    : { ok: false, message: result.error.message };
}

/** A revoke result: success, or the message to show in the dialog. */
export function actOutcome(result: ActionResult<unknown>): ActOutcome {
  return result.ok ? { ok: true } : { ok: false, message: result.error.message };
}
