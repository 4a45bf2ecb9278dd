import { randomBytes } from "node:crypto";
import { expect, signUpViaUi, test } from "./fixtures";
import { mailsTo } from "./mail";
import { DFT, revealedSecret } from "./secret-helpers";

// Issue 18's acceptance: a script written only from DataFast's public documentation runs
// unchanged against Keyward's production server, with plain fetch and a dft_ secret, as a user's
// script would. Every answer's fields are checked against SPEC §6's names.

const port = Number(process.env.E2E_PORT ?? 3100);
const BASE = `http://127.0.0.1:${port}/api/v1`;

type Envelope = { status: string; data: Record<string, unknown>[]; [extra: string]: unknown };

/** DataFast's client: JSON in, the envelope out, HTTP 200 required. */
async function datafast(secret: string, method: string, path: string, body?: unknown): Promise<Envelope> {
  const response = await fetch(`${BASE}${path}`, {
    method,
    headers: { Authorization: `Bearer ${secret}`, ...(body ? { "Content-Type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = (await response.json()) as Envelope;
  expect(response.status, `${method} ${path}: ${JSON.stringify(json)}`).toBe(200);
  expect(json.status).toBe("success");
  expect(Array.isArray(json.data)).toBe(true);
  return json;
}

/** The item carries at least these SPEC §6 fields (Keyward answers a superset). */
function expectFields(item: Record<string, unknown> | undefined, fields: string[]): Record<string, unknown> {
  expect(item).toBeDefined();
  expect(Object.keys(item!)).toEqual(expect.arrayContaining(fields));
  return item!;
}

test("a DataFast script: team → invite → funnel → alert on its goal → goal event → one send in history → timeseries → realtime", async ({
  page,
}) => {
  test.setTimeout(120_000);
  // The one step outside the script: a new person creates a full-access dft_ token; the script
  // creates its own website. (Not a demo user: other specs rely on the demo users' websites.)
  const owner = await signUpViaUi(page);
  const subject = `New signup ${randomBytes(4).toString("hex")}`;
  await page.goto("/account/api");
  await page.getByRole("button", { name: "Create token" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Create an API token" });
  await dialog.getByLabel("Name").fill("DataFast script");
  await dialog.getByRole("radio", { name: /^Full access/ }).click();
  await dialog.getByLabel("Expiration").selectOption("never");
  await dialog.getByRole("button", { name: "Create token" }).click();
  const secret = await revealedSecret(page);
  expect(secret).toMatch(DFT);

  const domain = `script-${randomBytes(5).toString("hex")}.example.org`;
  const site = expectFields(
    (await datafast(secret, "POST", "/admin/websites", { domain, timezone: "UTC" })).data[0],
    ["websiteId", "domain", "trackingId"],
  );
  const websiteId = String(site.websiteId);

  // Team list: the owner, in DataFast's fields.
  const team = (await datafast(secret, "GET", `/admin/websites/${websiteId}/team`)).data;
  const me = expectFields(team[0], ["userId", "name", "email", "image", "role", "joinedAt"]);
  expect(me).toMatchObject({ email: owner.email, role: "owner" });

  // Invite with the default role: a viewer, the email trimmed and lower-cased.
  const invitee = `Invitee-${randomBytes(4).toString("hex")}@Example.org`;
  const invited = expectFields(
    (await datafast(secret, "POST", `/admin/websites/${websiteId}/team`, { email: ` ${invitee} ` })).data[0],
    ["message", "invitationId", "email", "role"],
  );
  expect(invited).toMatchObject({
    message: "Invitation created. Send the invite link to the user.",
    email: invitee.toLowerCase(),
    role: "viewer",
  });

  // A funnel with a pageview step and a goal step.
  const funnel = expectFields(
    (
      await datafast(secret, "POST", `/admin/websites/${websiteId}/funnels`, {
        name: "Signup funnel",
        steps: [
          { name: "Pricing page", type: "pageview", url: "/pricing" },
          { name: "Signed up", type: "goal", goalName: "signup" },
        ],
      })
    ).data[0],
    ["_id", "websiteId", "name", "slug", "steps", "isActive", "createdAt"],
  );
  expect(funnel).toMatchObject({ websiteId, slug: "signup-funnel", isActive: true });
  const steps = funnel.steps as Record<string, unknown>[];
  expect(expectFields(steps[0], ["id", "name", "type", "url"])).toMatchObject({
    type: "pageview",
    url: "/pricing",
  });
  expect(expectFields(steps[1], ["id", "name", "type", "goalName"])).toMatchObject({
    type: "goal",
    goalName: "signup",
  });

  // An alert on that goal.
  const alert = expectFields(
    (
      await datafast(secret, "POST", `/admin/websites/${websiteId}/alerts`, {
        name: "New signup",
        trigger: { goalName: " Signup " },
        template: { subject, message: "A visitor just completed the signup goal." },
      })
    ).data[0],
    ["_id", "websiteId", "name", "trigger", "destination", "template", "isEnabled", "recentLogs"],
  );
  expect(alert).toMatchObject({
    websiteId,
    trigger: { type: "goal", goalName: "signup" },
    destination: { type: "email" },
    template: { subject, message: "A visitor just completed the signup goal." },
    isEnabled: true,
    recentLogs: [],
  });

  // The goal event.
  const visitor = `visitor-${randomBytes(6).toString("hex")}`;
  await datafast(secret, "POST", `/goals?websiteId=${websiteId}`, {
    datafast_visitor_id: visitor,
    name: "signup",
  });

  // The alert history shows one send, and the owner got the email.
  let history: Envelope | undefined;
  await expect
    .poll(
      async () => {
        history = await datafast(
          secret,
          "GET",
          `/admin/websites/${websiteId}/alerts/history?alertId=${alert._id}`,
        );
        return history.data.length;
      },
      { message: "the alert's send in its history" },
    )
    .toBe(1);
  expect(
    expectFields(history!.data[0], [
      "alertId",
      "alertName",
      "goalName",
      "status",
      "error",
      "visitorId",
      "triggeredAt",
    ]),
  ).toMatchObject({
    alertId: alert._id,
    alertName: "New signup",
    goalName: "signup",
    status: "sent",
    error: null,
    visitorId: visitor,
  });
  expect(history!.counts).toEqual({ sent: 1, failed: 0, total: 1 });
  const mails = await mailsTo(owner.email);
  expect(mails.filter((mail) => mail.subject === subject)).toHaveLength(1);
  const listed = (await datafast(secret, "GET", `/admin/websites/${websiteId}/alerts`)).data[0];
  expect((listed?.recentLogs as unknown[]).length).toBe(1);

  // Timeseries by day: the last 30 days, today's bucket holding the visitor.
  const series = await datafast(
    secret,
    "GET",
    `/analytics/timeseries?websiteId=${websiteId}&fields=visitors,sessions&interval=day`,
  );
  expect(series.data.length).toBeGreaterThanOrEqual(30);
  for (const row of series.data) expectFields(row, ["visitors", "sessions"]);
  expect(series.data.reduce((sum, row) => sum + Number(row.visitors), 0)).toBe(1);

  // Realtime: the visitor is active now.
  const realtime = (await datafast(secret, "GET", `/analytics/realtime?websiteId=${websiteId}`)).data[0];
  expect(expectFields(realtime, ["visitors"]).visitors).toBe(1);
});
