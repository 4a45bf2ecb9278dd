import { describe, expect, it, vi } from "vitest";
import * as alertRoute from "@/app/api/v1/admin/websites/[websiteId]/alerts/[alertId]/route";
import * as historyRoute from "@/app/api/v1/admin/websites/[websiteId]/alerts/history/route";
import * as alertsRoute from "@/app/api/v1/admin/websites/[websiteId]/alerts/route";
import * as goalsRoute from "@/app/api/v1/goals/route";
import { db } from "@/lib/db";
import { ALERT_LIMIT_MESSAGE, ALERT_NO_SMTP_ERROR } from "@/lib/alerts/messages";
import { first, makeApiWorld, request, type ApiWorld } from "@/test/api-world";

// DataFast's alerts, field for field (SPEC §6, issue 18): what a script written only from
// DataFast's per-endpoint documentation sends and reads. Each test is named after the endpoint;
// every reply is also checked against the OpenAPI document (test/http.ts). The test server has
// no SMTP, so its sends are logged failed (lib/alerts/send-goal-alerts.int.test.ts sends them).

const UUID = expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const INSTANT = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
const DATAFAST_ALERT = {
  name: "New signup alert",
  trigger: { goalName: "signup" },
  template: { subject: "New signup!", message: "A visitor just completed the signup goal." },
  isEnabled: true,
};

const path = (site: string, rest = "") => `/api/v1/admin/websites/${site}/alerts${rest}`;
const create = (w: ApiWorld, body: unknown) =>
  request(alertsRoute.POST, "POST", path(w.A), { secret: w.secrets.owner, body, params: { websiteId: w.A } });
const list = (w: ApiWorld) =>
  request(alertsRoute.GET, "GET", path(w.A), { secret: w.secrets.owner, params: { websiteId: w.A } });
const put = (w: ApiWorld, alertId: string, body: unknown) =>
  request(alertRoute.PUT, "PUT", path(w.A, `/${alertId}`), {
    secret: w.secrets.owner,
    body,
    params: { websiteId: w.A, alertId },
  });
const remove = (w: ApiWorld, alertId: string) =>
  request(alertRoute.DELETE, "DELETE", path(w.A, `/${alertId}`), {
    secret: w.secrets.owner,
    params: { websiteId: w.A, alertId },
  });
const history = (w: ApiWorld, query = "") =>
  request(historyRoute.GET, "GET", path(w.A, `/history${query}`), {
    secret: w.secrets.owner,
    params: { websiteId: w.A },
  });
const goal = (w: ApiWorld, name: string, visitor = "visitor-1") =>
  request(goalsRoute.POST, "POST", "/api/v1/goals", {
    secret: w.secrets.keyA,
    body: { datafast_visitor_id: visitor, name },
  });

async function created(w: ApiWorld, body: Record<string, unknown> = DATAFAST_ALERT) {
  const reply = await create(w, body);
  expect(reply.status).toBe(200);
  return first<{ _id: string }>(reply);
}

/** DataFast's counts, beside `data` in the envelope. */
const countsOf = (reply: { json: object }) => (reply.json as { counts?: unknown }).counts;

/** Waits until the website holds `count` alert sends (they are logged off the request path). */
const sends = (w: ApiWorld, count: number) =>
  vi.waitFor(async () => expect(await db().alertLog.count({ where: { websiteId: w.A } })).toBe(count));

describe("DataFast's alerts (SPEC §6)", () => {
  it("POST /admin/websites/{id}/alerts creates {_id, websiteId, name, trigger {type, goalName}, destination {type}, template {subject, message}, isEnabled, recentLogs}", async () => {
    const w = await makeApiWorld();
    expect(await created(w)).toEqual({
      _id: UUID,
      websiteId: w.A,
      name: "New signup alert",
      trigger: { type: "goal", goalName: "signup" },
      destination: { type: "email", address: null },
      template: { subject: "New signup!", message: "A visitor just completed the signup goal." },
      isEnabled: true,
      recentLogs: [],
      kind: "goal",
      enabled: true,
      createdAt: INSTANT,
      updatedAt: INSTANT,
    });
  });

  it("POST /admin/websites/{id}/alerts: the goal name trimmed and lower-cased, isEnabled true and subject null by default", async () => {
    const w = await makeApiWorld();
    const alert = await created(w, {
      name: "Purchases",
      trigger: { goalName: "  Purchase " },
      template: { message: "Someone just bought it." },
    });
    expect(alert).toMatchObject({
      trigger: { type: "goal", goalName: "purchase" },
      template: { subject: null, message: "Someone just bought it." },
      isEnabled: true,
    });
    expect(await created(w, { ...DATAFAST_ALERT, name: "Off", isEnabled: false })).toMatchObject({
      isEnabled: false,
    });
  });

  it("POST /admin/websites/{id}/alerts: 400 for a name over 100, a message under 10 or over 2000, an invalid goal name", async () => {
    const w = await makeApiWorld();
    for (const [body, message] of [
      [{ ...DATAFAST_ALERT, name: "n".repeat(101) }, "name: Use at most 100 characters."],
      [
        { ...DATAFAST_ALERT, template: { message: "Too short" } },
        "template.message: Use at least 10 characters.",
      ],
      [
        { ...DATAFAST_ALERT, template: { message: "m".repeat(2001) } },
        "template.message: Use at most 2000 characters.",
      ],
      [
        { ...DATAFAST_ALERT, trigger: { goalName: "sign/up" } },
        "trigger.goalName: Use lower-case letters, digits, _, - and : only.",
      ],
    ] as const) {
      const reply = await create(w, body);
      expect(reply.status).toBe(400);
      expect(reply.json.error?.message).toBe(message);
    }
    // The bounds themselves are accepted.
    await created(w, { ...DATAFAST_ALERT, name: "n".repeat(100), template: { message: "m".repeat(2000) } });
    await created(w, { ...DATAFAST_ALERT, name: "Ten", template: { message: "0123456789" } });
  });

  it("POST /admin/websites/{id}/alerts: the 26th alert of a website is DataFast's 403", async () => {
    const w = await makeApiWorld();
    for (let i = 0; i < 25; i++) await created(w, { ...DATAFAST_ALERT, name: `Alert ${i}` });
    const reply = await create(w, { ...DATAFAST_ALERT, name: "Alert 25" });
    expect(reply.json).toEqual({ status: "error", error: { code: 403, message: ALERT_LIMIT_MESSAGE } });
    expect((await list(w)).json.data).toHaveLength(25);
  });

  it("GET /admin/websites/{id}/alerts lists them, each with its recentLogs (latest 5, newest first)", async () => {
    const w = await makeApiWorld();
    const alert = await created(w);
    await created(w, { ...DATAFAST_ALERT, name: "Other goal", trigger: { goalName: "purchase" } });
    for (let i = 0; i < 6; i++) {
      expect((await goal(w, "signup", `visitor-${i}`)).status).toBe(200);
      await sends(w, i + 1);
    }
    const [signup, other] = (await list(w)).json.data as { recentLogs: Record<string, unknown>[] }[];
    expect(other!.recentLogs).toEqual([]);
    expect(signup!.recentLogs).toHaveLength(5);
    expect(signup!.recentLogs[0]).toEqual({
      _id: UUID,
      alertId: alert._id,
      alertName: "New signup alert",
      goalName: "signup",
      status: "failed",
      error: ALERT_NO_SMTP_ERROR,
      visitorId: "visitor-5",
      triggeredAt: INSTANT,
    });
    expect(signup!.recentLogs.map((log) => log.visitorId)).toEqual([
      "visitor-5",
      "visitor-4",
      "visitor-3",
      "visitor-2",
      "visitor-1",
    ]);
  });

  it("PUT /admin/websites/{id}/alerts/{alertId} is partial: a name alone, isEnabled alone, a subject alone", async () => {
    const w = await makeApiWorld();
    const alert = await created(w);
    const renamed = first(await put(w, alert._id, { name: "Renamed alert" }));
    expect(renamed).toMatchObject({
      name: "Renamed alert",
      trigger: { type: "goal", goalName: "signup" },
      template: DATAFAST_ALERT.template,
      isEnabled: true,
    });
    expect(first(await put(w, alert._id, { isEnabled: false }))).toMatchObject({
      name: "Renamed alert",
      isEnabled: false,
    });
    expect(first(await put(w, alert._id, { template: { subject: "Hello" } }))).toMatchObject({
      template: { subject: "Hello", message: DATAFAST_ALERT.template.message },
    });
    expect(first(await put(w, alert._id, { trigger: { goalName: "Trial" } }))).toMatchObject({
      name: "Renamed alert",
      trigger: { type: "goal", goalName: "trial" },
      template: { subject: "Hello", message: DATAFAST_ALERT.template.message },
      isEnabled: false,
    });
  });

  it("PUT /admin/websites/{id}/alerts/{alertId}: a disabled alert stops sending; enabled again, it sends", async () => {
    const w = await makeApiWorld();
    const alert = await created(w);
    await put(w, alert._id, { isEnabled: false });
    await goal(w, "signup");
    await put(w, alert._id, { isEnabled: true });
    await goal(w, "signup", "visitor-2");
    await sends(w, 1);
    expect((await history(w)).json.data).toEqual([expect.objectContaining({ visitorId: "visitor-2" })]);
  });

  it("DELETE /admin/websites/{id}/alerts/{alertId} deletes it and its history", async () => {
    const w = await makeApiWorld();
    const alert = await created(w);
    await goal(w, "signup");
    await sends(w, 1);
    expect(first(await remove(w, alert._id))).toEqual({ _id: alert._id, deleted: true });
    expect((await list(w)).json.data).toEqual([]);
    expect((await history(w)).json).toEqual({
      status: "success",
      data: [],
      counts: { sent: 0, failed: 0, total: 0 },
    });
  });

  it("GET /admin/websites/{id}/alerts/history?alertId=&limit= answers the sends newest first with counts {sent, failed, total} before the limit", async () => {
    const w = await makeApiWorld();
    const signup = await created(w);
    const purchase = await created(w, {
      ...DATAFAST_ALERT,
      name: "Purchases",
      trigger: { goalName: "purchase" },
    });
    await goal(w, "signup", "visitor-1");
    await sends(w, 1);
    await goal(w, "purchase", "visitor-2");
    await sends(w, 2);
    await goal(w, "signup", "visitor-3");
    await sends(w, 3);

    const all = await history(w);
    expect(countsOf(all)).toEqual({ sent: 0, failed: 3, total: 3 });
    expect((all.json.data as { visitorId: string }[]).map((log) => log.visitorId)).toEqual([
      "visitor-3",
      "visitor-2",
      "visitor-1",
    ]);
    expect(all.json.data![1]).toEqual({
      _id: UUID,
      alertId: purchase._id,
      alertName: "Purchases",
      goalName: "purchase",
      status: "failed",
      error: ALERT_NO_SMTP_ERROR,
      visitorId: "visitor-2",
      triggeredAt: INSTANT,
    });

    const one = await history(w, `?alertId=${signup._id}&limit=1`);
    expect(one.json.data).toEqual([expect.objectContaining({ alertId: signup._id, visitorId: "visitor-3" })]);
    expect(countsOf(one)).toEqual({ sent: 0, failed: 2, total: 2 });
    // limit is clamped to 1–100, as every list's; a limit that is no number is a 400.
    expect((await history(w, "?limit=0")).json.data).toHaveLength(1);
    expect((await history(w, "?limit=1000")).json.data).toHaveLength(3);
    expect((await history(w, "?limit=many")).status).toBe(400);
  });
});
