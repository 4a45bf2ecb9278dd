import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { Env } from "@/lib/env";
import { recordGoal } from "@/lib/goals/record-goal";
import { asSession, makeTeam, makeWebsite } from "@/test/factories";
import { parseMail } from "@/test/smtp-sink";
import { smtpSinksForFile } from "@/test/smtp-sinks-for-file";
import { alertHistory } from "./alert-history";
import { createAlert } from "./create-alert";
import { getAlert } from "./get-alert";
import { ALERT_NO_SMTP_ERROR, ALERT_SEND_FAILED_ERROR } from "./messages";
import { sendGoalAlerts } from "./send-goal-alerts";

// The mail configuration sendGoalAlerts reads, switched per test; the rest of env() as it is.
const config = vi.hoisted(() => ({
  nodeEnv: "production" as Env["nodeEnv"],
  smtp: undefined as Env["smtp"],
}));
vi.mock("@/lib/env", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/env")>();
  return { ...actual, env: () => ({ ...actual.env(), ...config }) };
});

const FROM = "Keyward <alerts@keyward.test>";
const sinks = smtpSinksForFile();

async function siteWithAlert(
  template: { message: string; subject?: string } = { message: "Someone signed up!" },
) {
  const team = await makeTeam();
  const owner = asSession(team.owner.id);
  const alert = await createAlert(owner, team.website._id, {
    name: "Signups",
    trigger: { goalName: "signup" },
    template,
  });
  return {
    ...team,
    owner,
    ownerId: team.owner.id,
    ownerEmail: team.owner.email,
    alert,
    websiteId: team.website._id,
  };
}

const logsOf = (alertId: string) => db().alertLog.findMany({ where: { alertId } });

describe("goal alerts send when their goal is recorded (issue 18)", () => {
  it("emails the owner the alert's subject and message; logs it sent; recentLogs and history show it", async () => {
    config.smtp = { url: sinks.accepting.url, from: FROM };
    const site = await siteWithAlert({
      message: "A <b>new</b> signup.\n\nGo say hi.",
      subject: "New signup!",
    });
    const before = sinks.accepting.received.length;
    expect(await sendGoalAlerts({ websiteId: site.websiteId, goalName: "signup", visitorId: "v-1" })).toBe(1);

    const mails = sinks.accepting.received.slice(before);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toEqual([`<${site.ownerEmail}>`]);
    const { subject, text, html } = parseMail(mails[0]!.data);
    expect(subject).toBe("New signup!");
    expect(text.replace(/\r\n/g, "\n")).toContain("A <b>new</b> signup.\n\nGo say hi.");
    expect(text).toContain('Goal "signup"');
    expect(text).toContain("visitor v-1");
    expect(html).toContain("A &lt;b&gt;new&lt;/b&gt; signup.");
    expect(html).not.toContain("<b>new</b>");

    const read = await getAlert(site.owner, { websiteId: site.websiteId, alertId: site.alert._id });
    expect(read.recentLogs).toEqual([
      {
        _id: expect.any(String),
        alertId: site.alert._id,
        alertName: "Signups",
        goalName: "signup",
        status: "sent",
        error: null,
        visitorId: "v-1",
        triggeredAt: expect.any(String),
      },
    ]);
    const history = await alertHistory(site.owner, site.websiteId, { limit: 50 });
    expect(history).toEqual({
      data: read.recentLogs,
      envelope: { counts: { sent: 1, failed: 0, total: 1 } },
    });
  });

  it("a standard subject when the alert has none", async () => {
    config.smtp = { url: sinks.accepting.url, from: FROM };
    const site = await siteWithAlert();
    const before = sinks.accepting.received.length;
    await sendGoalAlerts({ websiteId: site.websiteId, goalName: "signup", visitorId: "v-2" });
    expect(parseMail(sinks.accepting.received[before]!.data).subject).toBe(
      `New "signup" on ${site.website.domain}`,
    );
  });

  it("disabled alerts, alerts on other goals and other websites' alerts stay silent", async () => {
    config.smtp = { url: sinks.accepting.url, from: FROM };
    const site = await siteWithAlert();
    const disabled = await createAlert(site.owner, site.websiteId, {
      name: "Off",
      trigger: { goalName: "signup" },
      template: { message: "Never sent at all." },
      isEnabled: false,
    });
    const otherGoal = await createAlert(site.owner, site.websiteId, {
      name: "Purchases",
      trigger: { goalName: "purchase" },
      template: { message: "Someone bought it." },
    });
    const elsewhere = await makeWebsite(site.ownerId);
    const onB = await createAlert(site.owner, elsewhere._id, {
      name: "Signups",
      trigger: { goalName: "signup" },
      template: { message: "Signup on website B." },
    });
    const before = sinks.accepting.received.length;
    expect(await sendGoalAlerts({ websiteId: site.websiteId, goalName: "signup", visitorId: "v" })).toBe(1);
    expect(sinks.accepting.received.length - before).toBe(1);
    for (const id of [disabled._id, otherGoal._id, onB._id]) expect(await logsOf(id)).toEqual([]);
  });

  it("a mail server that refuses: logged failed with the reason, counted as failed", async () => {
    config.smtp = { url: sinks.refusing.url, from: FROM };
    const site = await siteWithAlert();
    await sendGoalAlerts({ websiteId: site.websiteId, goalName: "signup", visitorId: "v" });
    expect(await logsOf(site.alert._id)).toEqual([
      expect.objectContaining({ status: "failed", error: ALERT_SEND_FAILED_ERROR }),
    ]);
    const history = await alertHistory(site.owner, site.websiteId, { alertId: site.alert._id, limit: 50 });
    expect(history.envelope.counts).toEqual({ sent: 0, failed: 1, total: 1 });
  });

  it("no SMTP: production logs a failure; development prints the email and logs it sent", async () => {
    config.smtp = undefined;
    config.nodeEnv = "production";
    const site = await siteWithAlert();
    await sendGoalAlerts({ websiteId: site.websiteId, goalName: "signup", visitorId: "v" });
    config.nodeEnv = "development";
    const info = vi.spyOn(console, "info").mockImplementation(() => undefined);
    await sendGoalAlerts({ websiteId: site.websiteId, goalName: "signup", visitorId: "v" });
    expect(info).toHaveBeenCalledWith(expect.stringContaining('Alert "Signups"'));
    info.mockRestore();
    config.nodeEnv = "production";
    const statuses = (await logsOf(site.alert._id)).map((log) => [log.status, log.error]);
    expect(statuses.sort()).toEqual([
      ["failed", ALERT_NO_SMTP_ERROR],
      ["sent", null],
    ]);
  });

  it("recording the goal (POST /goals' domain call) sends the alert, its name normalised the same way", async () => {
    config.smtp = { url: sinks.accepting.url, from: FROM };
    const site = await siteWithAlert();
    await createAlert(site.owner, site.websiteId, {
      name: "Trials",
      trigger: { goalName: "  Trial Start " },
      template: { message: "A trial has started." },
    });
    await recordGoal(site.owner, site.websiteId, { datafast_visitor_id: "visitor-9", name: "Trial Start" });
    await vi.waitFor(async () => {
      const logs = await db().alertLog.findMany({ where: { websiteId: site.websiteId } });
      expect(logs).toEqual([
        expect.objectContaining({ goalName: "trial_start", status: "sent", visitorId: "visitor-9" }),
      ]);
    });
    expect(await logsOf(site.alert._id)).toEqual([]);
  });
});
