import "server-only";

/** A session unused this long is over (the cookie's own lifetime is the same). */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** "Last seen" is written at most this often per session, not on every request. */
export const LAST_SEEN_INTERVAL_MS = 60_000;

export function sessionCutoff(now: Date): Date {
  return new Date(now.getTime() - SESSION_MAX_AGE_SECONDS * 1000);
}
