import "server-only";
import { RateLimiter } from "@/lib/api/rate-limit";
import { AppError } from "@/lib/errors";
import { tooManyAttemptsMessage } from "@/lib/users/sign-in-messages";

// A user code has ~34.6 bits and lives 10 minutes; only signed-in people look codes up, and each
// may miss a few times (typos) before waiting, so guessing someone's live code is hopeless.

export const USER_CODE_MISSES = 10;
const WINDOW_MS = 10 * 60 * 1000;

const missesByPerson = new RateLimiter("device-user-code-miss", USER_CODE_MISSES, {
  windowMs: WINDOW_MS,
  syncEvery: 1,
});

function tooMany(resetSeconds: number): AppError {
  return new AppError("RATE_LIMITED", tooManyAttemptsMessage(resetSeconds), { retryAfter: resetSeconds });
}

/** Refuses a lookup by a person who has missed too often lately. */
export function checkUserCodeLookups(userId: string): void {
  const blocked = missesByPerson.isBlocked(userId);
  if (blocked) throw tooMany(blocked.resetSeconds);
}

/** Counts a code that matched nothing; throws once the person is over the limit. */
export async function countUserCodeMiss(userId: string): Promise<void> {
  const decision = await missesByPerson.hit(userId);
  if (!decision.allowed) throw tooMany(decision.resetSeconds);
}
