import "server-only";
import { createHash } from "node:crypto";
import { RateLimiter } from "@/lib/api/rate-limit";
import { AppError } from "@/lib/errors";
import { clientAddressKey } from "@/lib/http/client-address";
import { tooManyAttemptsMessage } from "./sign-in-messages";

// Per-address ceilings for the signed-out requests that cost a password hash or send an email,
// counted in PostgreSQL (every hit written and read back, so instances share the count). Generous
// for an office behind one address, far below what a script sends (S90).

const MINUTE = 60_000;
const options = (windowMs: number) => ({ windowMs, syncEvery: 1 });

export const SIGN_UPS_PER_ADDRESS = 30;
export const RESET_REQUESTS_PER_ADDRESS = 20;
/** Reset emails one address receives per hour, whoever asks: nobody can flood a mailbox. */
export const RESET_EMAILS_PER_ADDRESS = 3;
/** Verification links one account can ask for per hour. */
export const VERIFICATION_EMAILS_PER_ACCOUNT = 5;

const limiters = {
  signUp: new RateLimiter("sign-up-ip", SIGN_UPS_PER_ADDRESS, options(MINUTE)),
  resetRequest: new RateLimiter("reset-request-ip", RESET_REQUESTS_PER_ADDRESS, options(10 * MINUTE)),
  resetEmail: new RateLimiter("reset-email", RESET_EMAILS_PER_ADDRESS, options(60 * MINUTE)),
  verificationEmail: new RateLimiter(
    "verification-email",
    VERIFICATION_EMAILS_PER_ACCOUNT,
    options(60 * MINUTE),
  ),
};

/** Counts a sign-up or reset request from this client address; throws RATE_LIMITED over the ceiling. */
export async function throttleAddress(kind: "signUp" | "resetRequest", ip: string | null): Promise<void> {
  const decision = await limiters[kind].hit(clientAddressKey(ip));
  if (!decision.allowed) {
    throw new AppError("RATE_LIMITED", tooManyAttemptsMessage(decision.resetSeconds), {
      retryAfter: decision.resetSeconds,
    });
  }
}

/** Whether another email of this kind may go to this address (or account) now; counts it. */
export async function mayEmail(kind: "resetEmail" | "verificationEmail", key: string): Promise<boolean> {
  const digest = createHash("sha256").update(key.toLowerCase()).digest("base64url").slice(0, 32);
  return (await limiters[kind].hit(digest)).allowed;
}
