import { Secret, TOTP } from "otpauth";
import type { Actor } from "@/lib/actor";
import { confirmTotp } from "@/lib/two-factor/confirm-totp";
import { startTotpEnrolment } from "@/lib/two-factor/start-totp-enrolment";

// The authenticator app, played by the tests: codes computed from the setup key, as an app would.

export const TOTP_STEP_MS = 30_000;

/** The code an authenticator app shows for `secret` at `ms`. */
export function totpCodeAt(secret: string, ms = Date.now()): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: ms });
}

/** Adds an authenticator app for the actor's person and confirms it with the current code. */
export async function enrolTotp(actor: Actor): Promise<{ secret: string; recoveryCodes: string[] }> {
  const { manualKey } = await startTotpEnrolment(actor);
  const secret = manualKey.replaceAll(" ", "");
  const { recoveryCodes } = await confirmTotp(actor, { code: totpCodeAt(secret) });
  return { secret, recoveryCodes };
}
