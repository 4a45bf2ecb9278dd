import "server-only";
import type { ExpiryReminderKind } from "@/lib/db/generated/client";
import { escapeHtml, formatExpiry, htmlPage, oneLine, type Email } from "@/lib/mail/compose";

const HEADLINES: Record<ExpiryReminderKind, string> = {
  days_7: "expires in 7 days",
  days_1: "expires tomorrow",
  expired: "has expired",
};

/** The reminder about one account token's expiry, with the link to regenerate it. */
export function expiryReminderEmail(
  token: { name: string; expiresAt: Date },
  kind: ExpiryReminderKind,
  regenerateUrl: string,
): Email {
  const name = oneLine(token.name);
  const when = formatExpiry(token.expiresAt);
  const subject = `Your Keyward API token "${name}" ${HEADLINES[kind]}`;
  const state = kind === "expired" ? `expired at ${when}` : `expires at ${when}`;
  const intro = `Your account token "${name}" ${state}. Scripts using it stop working the moment it expires.`;
  const optOut = "You can turn these reminders off in Account settings.";
  return {
    subject,
    text: [intro, `Regenerate it: ${regenerateUrl}`, optOut].join("\n\n"),
    html: htmlPage([
      escapeHtml(intro),
      `<a href="${escapeHtml(regenerateUrl)}">Regenerate ${escapeHtml(name)}</a>`,
      escapeHtml(optOut),
    ]),
  };
}
