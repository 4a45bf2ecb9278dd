import "server-only";
import { createHash } from "node:crypto";
import { RateLimiter } from "@/lib/api/rate-limit";
import { AppError } from "@/lib/errors";
import { tooManyAttemptsMessage } from "./sign-in-messages";

// Password guessing is limited per account and per client address, counted in PostgreSQL
// (RateLimitCounter) so the limits hold across instances. Every attempt is counted before the
// password is checked (one atomic write each, so parallel guesses cannot slip past the limit),
// and a successful one is taken back: what remains counts failures. An unknown email is counted
// exactly like a registered one, so being throttled says nothing about whether it exists.

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const FAILURES_PER_EMAIL = 10;
// Per address: high enough for an office behind one NAT, low enough to stop spraying many accounts.
export const FAILURES_PER_IP = 100;

const options = { windowMs: SIGN_IN_WINDOW_MS, syncEvery: 1 };
const byEmail = new RateLimiter("sign-in-email", FAILURES_PER_EMAIL, options);
const byIp = new RateLimiter("sign-in-ip", FAILURES_PER_IP, options);

/** The account key: a digest, so mistyped passwords in the email field are never stored. */
function emailKey(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("base64url").slice(0, 32);
}

export type SignInAttempt = { email: string; ip: string; at: number };

/** Counts an attempt; throws RATE_LIMITED (before any password check) when either limit is spent. */
export async function countSignInAttempt(email: string, ip: string | null): Promise<SignInAttempt> {
  const attempt: SignInAttempt = { email: emailKey(email), ip: ip ?? "unknown", at: Date.now() };
  const [account, client] = await Promise.all([
    byEmail.hit(attempt.email, attempt.at),
    byIp.hit(attempt.ip, attempt.at),
  ]);
  const refused = [account, client].filter((decision) => !decision.allowed);
  if (refused.length > 0) {
    const retryAfter = Math.max(...refused.map((decision) => decision.resetSeconds));
    throw new AppError("RATE_LIMITED", tooManyAttemptsMessage(retryAfter), { retryAfter });
  }
  return attempt;
}

/** A successful sign-in is not a failure: its attempt no longer counts. */
export async function forgiveSignInAttempt(attempt: SignInAttempt): Promise<void> {
  await Promise.all([byEmail.forgive(attempt.email, attempt.at), byIp.forgive(attempt.ip, attempt.at)]);
}
