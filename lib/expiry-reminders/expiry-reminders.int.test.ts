import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { Env } from "@/lib/env";
import { asSession, makeAccountToken, makeUser } from "@/test/factories";
import { parseMail } from "@/test/smtp-sink";
import { smtpSinksForFile } from "@/test/smtp-sinks-for-file";
import { getReminderPreference, setReminderPreference } from "./reminder-preference";
import { sweepExpiryReminders } from "./sweep-expiry-reminders";

// The configuration the sweep reads, switched per test.
const config = vi.hoisted(() => ({
  nodeEnv: "production" as Env["nodeEnv"],
  smtp: undefined as Env["smtp"],
  linkOrigin: "https://keys.example.test",
}));
vi.mock("@/lib/env", () => ({ env: () => config }));

const FROM = "Keyward <keys@keyward.test>";
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const sinks = smtpSinksForFile();

/** A person and one of their tokens expiring `inMs` from now. */
async function expiringToken(inMs: number) {
  const user = await makeUser();
  const expiresAt = new Date(Date.now() + inMs);
  const { token } = await makeAccountToken(user.id, { name: "Deploy <script>", expiresAt });
  return { user, tokenId: token._id, expiresAt };
}

function remindersOf(tokenId: string) {
  return db().expiryReminder.findMany({ where: { tokenId }, orderBy: { createdAt: "asc" } });
}

function mailsTo(email: string) {
  return sinks.accepting.received.filter((message) => message.to.includes(`<${email}>`));
}

describe("token expiry reminders (issue 20 point 4)", () => {
  it("sends the 7-day, 1-day and expired reminders once each, with the Regenerate link", async () => {
    config.smtp = { url: sinks.accepting.url, from: FROM };
    const { user, tokenId, expiresAt } = await expiringToken(3 * DAY);

    await sweepExpiryReminders();
    await sweepExpiryReminders();
    await sweepExpiryReminders(new Date(expiresAt.getTime() - 12 * HOUR));
    await sweepExpiryReminders(new Date(expiresAt.getTime() - 11 * HOUR));
    await sweepExpiryReminders(new Date(expiresAt.getTime() + HOUR));
    await sweepExpiryReminders(new Date(expiresAt.getTime() + 2 * HOUR));

    const reminders = await remindersOf(tokenId);
    expect(reminders.map((reminder) => [reminder.kind, reminder.emailed])).toEqual([
      ["days_7", true],
      ["days_1", true],
      ["expired", true],
    ]);
    const mails = mailsTo(user.email).map((mail) => parseMail(mail.data));
    expect(mails.map((mail) => mail.subject)).toEqual([
      'Your Keyward API token "Deploy <script>" expires in 7 days',
      'Your Keyward API token "Deploy <script>" expires tomorrow',
      'Your Keyward API token "Deploy <script>" has expired',
    ]);
    const link = `https://keys.example.test/account/api?regenerate=${tokenId}`;
    expect(mails[0]?.text).toContain(`Regenerate it: ${link}`);
    expect(mails[0]?.html).toContain(`<a href="${link}">`);
    expect(mails[0]?.html).not.toContain("<script>");
  });

  it("two sweeps at once send each due reminder once", async () => {
    config.smtp = { url: sinks.accepting.url, from: FROM };
    const { user, tokenId } = await expiringToken(5 * DAY);

    const results = await Promise.all([
      sweepExpiryReminders(),
      sweepExpiryReminders(),
      sweepExpiryReminders(),
    ]);

    expect(await remindersOf(tokenId)).toHaveLength(1);
    expect(mailsTo(user.email)).toHaveLength(1);
    expect(results.reduce((sum, result) => sum + result.claimed, 0)).toBeGreaterThanOrEqual(1);
  });

  it("a person who turned reminders off gets none", async () => {
    config.smtp = { url: sinks.accepting.url, from: FROM };
    const { user, tokenId } = await expiringToken(2 * DAY);
    await expect(getReminderPreference(asSession(user.id))).resolves.toEqual({ enabled: true });
    await setReminderPreference(asSession(user.id), { enabled: false });

    await sweepExpiryReminders();

    expect(await remindersOf(tokenId)).toHaveLength(0);
    expect(mailsTo(user.email)).toHaveLength(0);
    await expect(getReminderPreference(asSession(user.id))).resolves.toEqual({ enabled: false });

    await setReminderPreference(asSession(user.id), { enabled: true });
    await sweepExpiryReminders();
    expect(mailsTo(user.email)).toHaveLength(1);
  });

  it("without SMTP the reminder is recorded for the dashboard and nothing fails", async () => {
    config.smtp = undefined;
    const { user, tokenId } = await expiringToken(2 * DAY);

    await expect(sweepExpiryReminders()).resolves.toMatchObject({ emailed: 0 });

    expect((await remindersOf(tokenId)).map((reminder) => [reminder.kind, reminder.emailed])).toEqual([
      ["days_7", false],
    ]);
    expect(mailsTo(user.email)).toHaveLength(0);
  });

  it("a token whose expiry moves after a reminder gets the reminders of its new expiry", async () => {
    config.smtp = { url: sinks.accepting.url, from: FROM };
    const { user, tokenId } = await expiringToken(2 * DAY);
    await sweepExpiryReminders();
    const later = new Date(Date.now() + 6 * DAY);
    await db().accountToken.update({ where: { id: tokenId }, data: { expiresAt: later } });

    await sweepExpiryReminders();
    await sweepExpiryReminders();

    const reminders = await remindersOf(tokenId);
    expect(reminders.map((reminder) => [reminder.kind, reminder.expiresAt.getTime()])).toEqual([
      ["days_7", reminders[0]?.expiresAt.getTime()],
      ["days_7", later.getTime()],
    ]);
    expect(mailsTo(user.email)).toHaveLength(2);
  });

  it("revoked tokens and tokens expiring later than 7 days get no reminder", async () => {
    config.smtp = { url: sinks.accepting.url, from: FROM };
    const far = await expiringToken(8 * DAY);
    const revoked = await expiringToken(2 * DAY);
    await db().accountToken.update({ where: { id: revoked.tokenId }, data: { revokedAt: new Date() } });

    await sweepExpiryReminders();

    expect(await remindersOf(far.tokenId)).toHaveLength(0);
    expect(await remindersOf(revoked.tokenId)).toHaveLength(0);
  });
});
