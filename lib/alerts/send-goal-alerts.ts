import "server-only";
import { db } from "@/lib/db";
import { deliverEmail } from "@/lib/mail/deliver";
import { logUnexpected } from "@/lib/log-unexpected";
import { alertEmail } from "./alert-email";
import { ALERT_NO_RECIPIENT_ERROR, ALERT_NO_SMTP_ERROR, ALERT_SEND_FAILED_ERROR } from "./messages";

export type GoalEvent = { websiteId: string; goalName: string; visitorId: string };

/**
 * Sends every enabled goal alert of the website watching this goal, and logs each send (sent or
 * failed, with the reason) so that `recentLogs` and the history show it. The email goes to the
 * alert's address when it has one (threshold alerts turned into goal alerts), else to the
 * website's owner. Without SMTP the development server prints it (sent); production records a
 * failure. Returns how many alerts fired.
 */
export async function sendGoalAlerts(event: GoalEvent): Promise<number> {
  const alerts = await db().alert.findMany({
    where: { websiteId: event.websiteId, kind: "goal", goalName: event.goalName, enabled: true },
    select: { id: true, name: true, subject: true, message: true, address: true },
  });
  if (alerts.length === 0) return 0;
  const website = await db().website.findUnique({
    where: { id: event.websiteId },
    select: {
      domain: true,
      memberships: { where: { role: "owner" }, select: { user: { select: { email: true } } } },
    },
  });
  const ownerEmail = website?.memberships[0]?.user.email ?? null;

  for (const alert of alerts) {
    const to = alert.address ?? ownerEmail;
    let error: string | null = ALERT_NO_RECIPIENT_ERROR;
    if (to) {
      const delivery = await deliverEmail(
        to,
        () =>
          alertEmail({
            subject: alert.subject,
            message: alert.message ?? "",
            goalName: event.goalName,
            visitorId: event.visitorId,
            websiteDomain: website?.domain ?? "",
          }),
        `Alert "${alert.name}" for ${to}: goal ${event.goalName}, visitor ${event.visitorId}`,
        "alert-email",
      );
      error =
        delivery === "none"
          ? ALERT_NO_SMTP_ERROR
          : delivery === "email-failed"
            ? ALERT_SEND_FAILED_ERROR
            : null;
    }
    try {
      await db().alertLog.create({
        data: {
          alertId: alert.id,
          websiteId: event.websiteId,
          goalName: event.goalName,
          status: error ? "failed" : "sent",
          error,
          visitorId: event.visitorId,
        },
      });
    } catch (cause) {
      // The alert was deleted while its email went out: nothing left to log it on.
      logUnexpected("alert-log", cause);
    }
  }
  return alerts.length;
}
