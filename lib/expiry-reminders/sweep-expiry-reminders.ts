import "server-only";
import { db } from "@/lib/db";
import { deliverEmail } from "@/lib/mail/deliver";
import { publicUrl } from "@/lib/http/public-url";
import { dueKind, EXPIRED_NOTICE_WINDOW_MS, REMINDER_HORIZON_MS } from "./due-reminders";
import { expiryReminderEmail } from "./reminder-email";

/** Where a reminder sends the person: Account settings → API, with the token's Regenerate (or Edit) open. */
export function regenerateUrl(tokenId: string): string {
  return publicUrl(`/account/api?regenerate=${tokenId}`);
}

/**
 * Sends the reminders that are due. Each is claimed by inserting its row (INSERT … ON CONFLICT DO
 * NOTHING RETURNING): the unique (token, kind, expiry) key lets exactly one instance, or one of
 * two overlapping sweeps, win it, and the row survives restarts. Without SMTP the row is kept
 * with `emailed: false` and the API page's banner is the reminder.
 */
export async function sweepExpiryReminders(now = new Date()): Promise<{ claimed: number; emailed: number }> {
  const tokens = await db().accountToken.findMany({
    where: {
      revokedAt: null,
      expiresAt: {
        gt: new Date(now.getTime() - EXPIRED_NOTICE_WINDOW_MS),
        lte: new Date(now.getTime() + REMINDER_HORIZON_MS),
      },
      user: { expiryRemindersOff: false },
    },
    select: { id: true, name: true, expiresAt: true, user: { select: { email: true } } },
  });
  const due = tokens.flatMap((token) => {
    const kind = token.expiresAt && dueKind(token.expiresAt, now);
    return kind && token.expiresAt ? [{ token, kind, expiresAt: token.expiresAt }] : [];
  });
  if (due.length === 0) return { claimed: 0, emailed: 0 };
  const claimed = await db().expiryReminder.createManyAndReturn({
    data: due.map(({ token, kind, expiresAt }) => ({ tokenId: token.id, kind, expiresAt })),
    skipDuplicates: true,
    select: { id: true, tokenId: true, kind: true },
  });
  let emailed = 0;
  for (const reminder of claimed) {
    const { token } = due.find(
      (entry) => entry.token.id === reminder.tokenId && entry.kind === reminder.kind,
    )!;
    const url = regenerateUrl(token.id);
    const delivery = await deliverEmail(
      token.user.email,
      () => expiryReminderEmail({ name: token.name, expiresAt: token.expiresAt! }, reminder.kind, url),
      `Token expiry reminder (${reminder.kind}) for ${token.user.email}: ${url}`,
      "expiry-reminder-email",
    );
    if (delivery !== "email") continue;
    await db().expiryReminder.update({ where: { id: reminder.id }, data: { emailed: true } });
    emailed += 1;
  }
  return { claimed: claimed.length, emailed };
}
