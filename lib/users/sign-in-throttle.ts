import "server-only";
import { createHash } from "node:crypto";
import { RateLimiter } from "@/lib/api/rate-limit";
import { db, directQuery } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { clientAddressKey } from "@/lib/http/client-address";
import { tooManyAttemptsMessage } from "./sign-in-messages";

// Password checks (sign-in, and re-entering one's password in the account settings) are
// limited two ways, both counted in PostgreSQL so the limits hold across app instances:
//
// - Failures per (email, client address) pair, with progressive delays: after FREE_FAILURES,
//   each failure doubles the wait before the next attempt from that pair (up to MAX_DELAY_MS).
//   An attacker guessing from elsewhere slows only their own pair: the owner, signing in from
//   their own address, is never locked out by someone else's failures (S91).
// - Every password check per client address (IPv6 per /64), successful or not, within a short
//   window: one address cannot run argon2 flat out or spray passwords across accounts (S90).
//
// An attempt is counted before its password is checked (one atomic statement, so parallel
// guesses cannot slip past a delay) and a success clears its pair. An unknown email is counted
// exactly like a registered one, so a throttled answer says nothing about whether it exists.

export const FREE_FAILURES = 5;
export const MAX_DELAY_MS = 15 * 60 * 1000;
/** A pair that has not failed for this long starts again from zero. */
export const FAILURE_MEMORY_MS = 60 * 60 * 1000;
export const CHECKS_PER_ADDRESS = 30;
export const CHECK_WINDOW_MS = 10_000;

const checksByAddress = new RateLimiter("password-check-ip", CHECKS_PER_ADDRESS, {
  windowMs: CHECK_WINDOW_MS,
  syncEvery: 1,
});

/** The wait after the n-th failure of a pair: none for the first few, then 1 s, 2 s, 4 s… */
export function delayAfterFailures(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_MS, 1000 * 2 ** (failures - FREE_FAILURES));
}

// The same schedule in SQL, for the one statement that counts an attempt: the new count is
// computed from the locked row, so parallel attempts each add one.
const NEW_COUNT = `CASE WHEN "SignInFailure"."updatedAt" < $3 THEN 1 ELSE "SignInFailure"."failures" + 1 END`;
const NEW_DELAY = `make_interval(secs => CASE WHEN ${NEW_COUNT} < ${FREE_FAILURES} THEN 0
  ELSE LEAST(${MAX_DELAY_MS / 1000}, power(2, ${NEW_COUNT} - ${FREE_FAILURES})) END)`;

/** A digest: passwords typed into the email field by mistake are never stored. */
function emailKey(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("base64url").slice(0, 32);
}

export type SignInAttempt = { pair: string };

function refuse(retryAfterMs: number): never {
  const retryAfter = Math.max(1, Math.ceil(retryAfterMs / 1000));
  throw new AppError("RATE_LIMITED", tooManyAttemptsMessage(retryAfter), { retryAfter });
}

/** Counts an attempt; throws RATE_LIMITED (before any password check) when it must wait. */
export async function countSignInAttempt(email: string, ip: string | null): Promise<SignInAttempt> {
  const address = clientAddressKey(ip);
  const now = new Date();
  const check = await checksByAddress.hit(address, now.getTime());
  if (!check.allowed) refuse(check.resetSeconds * 1000);
  const pair = `${emailKey(email)}:${address}`;
  const counted = await directQuery<{ failures: number }>(
    `INSERT INTO "SignInFailure" ("key", "failures", "blockedUntil", "updatedAt") VALUES ($1, 1, $2, $2)
     ON CONFLICT ("key") DO UPDATE SET "failures" = ${NEW_COUNT},
       "blockedUntil" = $2::timestamptz + ${NEW_DELAY}, "updatedAt" = $2
     WHERE "SignInFailure"."blockedUntil" <= $2
     RETURNING "failures"`,
    [pair, now, new Date(now.getTime() - FAILURE_MEMORY_MS)],
  );
  if (counted.length === 0) {
    const rows = await directQuery<{ blockedUntil: Date }>(
      `SELECT "blockedUntil" FROM "SignInFailure" WHERE "key" = $1`,
      [pair],
    );
    refuse((rows[0]?.blockedUntil.getTime() ?? now.getTime()) - now.getTime());
  }
  if (Math.random() < 0.01) void forgetOldFailures(now);
  return { pair };
}

/** A successful sign-in clears its pair's failures (other pairs of that email keep theirs). */
export async function forgiveSignInAttempt(attempt: SignInAttempt): Promise<void> {
  await directQuery(`DELETE FROM "SignInFailure" WHERE "key" = $1`, [attempt.pair]);
}

async function forgetOldFailures(now: Date): Promise<void> {
  await db()
    .signInFailure.deleteMany({ where: { updatedAt: { lt: new Date(now.getTime() - FAILURE_MEMORY_MS) } } })
    .catch(() => undefined);
}
