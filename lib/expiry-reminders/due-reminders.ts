import "server-only";
import type { ExpiryReminderKind } from "@/lib/db/generated/client";

const DAY = 24 * 60 * 60 * 1000;

/** How long after expiry the "expired" reminder is still sent (a server down for a while catches up). */
export const EXPIRED_NOTICE_WINDOW_MS = 7 * DAY;

/**
 * The reminder a token's expiry calls for at `now`: 7 days before, 1 day before, or once expired.
 * Only the latest phase is due, so a token created 2 days before its expiry is not told "7 days".
 */
export function dueKind(expiresAt: Date, now: Date): ExpiryReminderKind | null {
  const left = expiresAt.getTime() - now.getTime();
  if (left <= -EXPIRED_NOTICE_WINDOW_MS) return null;
  if (left <= 0) return "expired";
  if (left <= DAY) return "days_1";
  if (left <= 7 * DAY) return "days_7";
  return null;
}

export const REMINDER_HORIZON_MS = 7 * DAY;
