import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import * as alertRoute from "@/app/api/v1/admin/websites/[websiteId]/alerts/[alertId]/route";
import * as historyRoute from "@/app/api/v1/admin/websites/[websiteId]/alerts/history/route";
import * as alertsRoute from "@/app/api/v1/admin/websites/[websiteId]/alerts/route";
import { db } from "@/lib/db";
import { first, makeApiWorld, request, type ApiWorld } from "@/test/api-world";
import {
  ALERT_LIMIT_MESSAGE,
  ALERT_NAME_TAKEN_MESSAGE,
  ALERT_NEEDS_MESSAGE,
  ALERT_NOT_FOUND_MESSAGE,
} from "@/lib/alerts/messages";
import { ALERT_LIMIT } from "@/lib/alerts/schemas";

// Keyward's rules around DataFast's alerts (issue 18): audit, limits, validation, access. The
// contract itself, field for field, is in datafast-alerts.int.test.ts.

const ALERT_FIELDS = [
  "_id",
  "createdAt",
  "destination",
  "enabled",
  "isEnabled",
  "kind",
  "name",
  "recentLogs",
  "template",
  "trigger",
  "updatedAt",
  "websiteId",
].sort();
const alert = {
  name: "New signup",
  trigger: { goalName: "signup" },
  template: { subject: "New signup!", message: "A visitor just signed up." },
};

const collection = (site: string) => ({
  path: `/api/v1/admin/websites/${site}/alerts`,
  params: { websiteId: site },
});
const one = (site: string, alertId: string) => ({
  path: `/api/v1/admin/websites/${site}/alerts/${alertId}`,
  params: { websiteId: site, alertId },
});

const create = (secret: string, site: string, body: unknown) =>
  request(alertsRoute.POST, "POST", collection(site).path, { secret, body, params: collection(site).params });
const list = (secret: string, site: string) =>
  request(alertsRoute.GET, "GET", collection(site).path, { secret, params: collection(site).params });
const get = (secret: string, site: string, id: string) =>
  request(alertRoute.GET, "GET", one(site, id).path, { secret, params: one(site, id).params });
const put = (secret: string, site: string, id: string, body: unknown) =>
  request(alertRoute.PUT, "PUT", one(site, id).path, { secret, body, params: one(site, id).params });
const remove = (secret: string, site: string, id: string) =>
  request(alertRoute.DELETE, "DELETE", one(site, id).path, { secret, params: one(site, id).params });
const history = (secret: string, site: string, query = "") =>
  request(historyRoute.GET, "GET", `${collection(site).path}/history${query}`, {
    secret,
    params: collection(site).params,
  });

async function alertOn(w: ApiWorld, site: string, overrides: Record<string, unknown> = {}) {
  const secret = site === w.A ? w.secrets.keyA : w.secrets.keyB;
  return first<{ _id: string; name: string }>(await create(secret, site, { ...alert, ...overrides }));
}

const auditOf = (targetId: string) =>
  db().auditEvent.findMany({ where: { targetId }, orderBy: { createdAt: "asc" } });

/** A stored alert of Keyward's older kind, as the migration carried it over. */
const thresholdRow = (websiteId: string, name: string) => ({
  websiteId,
  name,
  kind: "threshold" as const,
  metric: "visitors" as const,
  threshold: 100,
  comparison: "below" as const,
  address: "ops@example.com",
});

describe("alerts CRUD", () => {
  it("create → get → list → update → delete, each write audited without the message", async () => {
    const w = await makeApiWorld();
    const created = await create(w.secrets.member, w.A, alert);
    expect(created.status).toBe(200);
    const row = first<{ _id: string }>(created);
    expect(Object.keys(row).sort()).toEqual(ALERT_FIELDS);
    expect(row).toMatchObject({
      websiteId: w.A,
      isEnabled: true,
      enabled: true,
      kind: "goal",
      recentLogs: [],
    });

    expect(first(await get(w.secrets.viewer, w.A, row._id))).toEqual(row);
    expect((await list(w.secrets.viewer, w.A)).json.data).toEqual([row]);

    const updated = first(
      await put(w.secrets.keyA, w.A, row._id, { trigger: { goalName: "Trial Start" }, isEnabled: false }),
    );
    expect(updated).toMatchObject({
      _id: row._id,
      trigger: { type: "goal", goalName: "trial_start" },
      template: alert.template,
      isEnabled: false,
      enabled: false,
      name: alert.name,
    });
    // Nothing to change: no audit event.
    await put(w.secrets.keyA, w.A, row._id, { isEnabled: false });

    expect(first(await remove(w.secrets.owner, w.A, row._id))).toEqual({ _id: row._id, deleted: true });
    expect((await get(w.secrets.owner, w.A, row._id)).status).toBe(404);

    const trail = await auditOf(row._id);
    expect(trail.map((event) => event.action)).toEqual(["alert.create", "alert.update", "alert.delete"]);
    expect(trail[1]!.metadata).toEqual({ name: alert.name, changed: ["goalName", "enabled"] });
    expect(JSON.stringify(trail)).not.toContain(alert.template.message);
  });

  it("409 for a name the website already uses; other websites may reuse it", async () => {
    const w = await makeApiWorld();
    await alertOn(w, w.A);
    const other = await alertOn(w, w.A, { name: "Other" });
    const duplicate = await create(w.secrets.keyA, w.A, alert);
    expect(duplicate.status).toBe(409);
    expect(duplicate.json.error?.message).toBe(ALERT_NAME_TAKEN_MESSAGE);
    expect((await put(w.secrets.keyA, w.A, other._id, { name: alert.name })).status).toBe(409);
    expect((await create(w.secrets.keyB, w.B, alert)).status).toBe(200);
  });

  it(`S65 at most ${ALERT_LIMIT} alerts per website: the next is DataFast's 403, threshold alerts counted`, async () => {
    const w = await makeApiWorld();
    await db().alert.createMany({
      data: [
        thresholdRow(w.A, "kept"),
        ...Array.from({ length: ALERT_LIMIT - 1 }, (_, i) => ({
          websiteId: w.A,
          name: `a${i}`,
          goalName: "signup",
          message: alert.template.message,
        })),
      ],
    });
    const reply = await create(w.secrets.keyA, w.A, { ...alert, name: "one more" });
    expect(reply.json).toEqual({ status: "error", error: { code: 403, message: ALERT_LIMIT_MESSAGE } });
    expect(ALERT_LIMIT_MESSAGE).toBe("Alert limit reached (max 25 per website).");
    expect(await db().alert.count({ where: { websiteId: w.A } })).toBe(ALERT_LIMIT);
    // Another website is not affected.
    expect((await create(w.secrets.keyB, w.B, alert)).status).toBe(200);
  });

  it.each([
    ["a missing name", { trigger: alert.trigger, template: alert.template }],
    ["a name of 101 characters", { ...alert, name: "n".repeat(101) }],
    ["S58 a name with a control character", { ...alert, name: "a\u0007b" }],
    ["a missing trigger", { name: "x", template: alert.template }],
    ["trigger as a string", { ...alert, trigger: "signup" }],
    ["an empty goal name", { ...alert, trigger: { goalName: "  " } }],
    ["a goal name with other characters", { ...alert, trigger: { goalName: "sign/up" } }],
    ["a goal name of 65 characters", { ...alert, trigger: { goalName: "g".repeat(65) } }],
    ["Keyward's older trigger fields", { ...alert, trigger: { goalName: "signup", type: "threshold" } }],
    ["a missing template", { name: "x", trigger: alert.trigger }],
    ["a message of 9 characters", { ...alert, template: { message: "too short" } }],
    ["a message of 2001 characters", { ...alert, template: { message: "m".repeat(2001) } }],
    ["S58 a message with a bidi control", { ...alert, template: { message: "Hello \u202e world!" } }],
    ["a subject as a number", { ...alert, template: { message: "Long enough text", subject: 5 } }],
    ["isEnabled as a string", { ...alert, isEnabled: "yes" }],
    ["Keyward's older threshold body", { name: "x", metric: "visitors", threshold: 1, comparison: "above" }],
    ["an unknown field", { ...alert, websiteId: randomUUID() }],
  ])("400 for %s; nothing stored", async (_label, body) => {
    const w = await makeApiWorld();
    const reply = await create(w.secrets.keyA, w.A, body);
    expect(reply.status).toBe(400);
    expect(reply.json.error?.code).toBe(400);
    expect(await db().alert.count({ where: { websiteId: w.A } })).toBe(0);
  });

  it.each([
    [
      "a message of 9 characters",
      { template: { message: "too short" } },
      "template.message: Use at least 10 characters.",
    ],
    ["a name of 101 characters", { name: "n".repeat(101) }, "name: Use at most 100 characters."],
    ["an invalid goal name", { trigger: { goalName: "a b/c" } }, "trigger.goalName: Use lower-case letters"],
    ["isEnabled null", { isEnabled: null }, "isEnabled must be true or false."],
  ])("PUT: 400 for %s, with the reason; the alert unchanged", async (_label, body, message) => {
    const w = await makeApiWorld();
    const row = await alertOn(w, w.A);
    const before = await db().alert.findUniqueOrThrow({ where: { id: row._id } });
    const reply = await put(w.secrets.keyA, w.A, row._id, body);
    expect(reply.status).toBe(400);
    expect(reply.json.error?.message).toContain(message);
    expect(await db().alert.findUniqueOrThrow({ where: { id: row._id } })).toEqual(before);
  });

  it("a threshold alert kept from before: listed with its threshold, renamable; a trigger needs a message", async () => {
    const w = await makeApiWorld();
    const kept = await db().alert.create({ data: thresholdRow(w.A, "Traffic drop") });
    const listed = first(await list(w.secrets.viewer, w.A));
    expect(listed).toMatchObject({
      _id: kept.id,
      kind: "threshold",
      trigger: { type: "threshold", goalName: null, metric: "visitors", comparison: "below", threshold: 100 },
      destination: { type: "email", address: "ops@example.com" },
      template: { subject: null, message: null },
      isEnabled: true,
    });
    expect(first(await put(w.secrets.keyA, w.A, kept.id, { name: "Renamed" }))).toMatchObject({
      name: "Renamed",
      kind: "threshold",
    });
    const noMessage = await put(w.secrets.keyA, w.A, kept.id, { trigger: { goalName: "signup" } });
    expect(noMessage.status).toBe(400);
    expect(noMessage.json.error?.message).toBe(ALERT_NEEDS_MESSAGE);
    const turned = first(
      await put(w.secrets.keyA, w.A, kept.id, {
        trigger: { goalName: "signup" },
        template: { message: "Someone signed up." },
      }),
    );
    expect(turned).toMatchObject({
      kind: "goal",
      trigger: { type: "goal", goalName: "signup" },
      // Its address stays its recipient.
      destination: { type: "email", address: "ops@example.com" },
      template: { subject: null, message: "Someone signed up." },
    });
    expect(await db().alert.findUniqueOrThrow({ where: { id: kept.id } })).toMatchObject({
      metric: null,
      threshold: null,
      comparison: null,
    });
  });

  // Until issue 18 this was a 400 "not a valid id"; SPEC §6 answers it as an id that names nothing.
  it("S56 an alert id that is not an id answers exactly as a missing one: 404, never 500", async () => {
    const w = await makeApiWorld();
    const missing = (await get(w.secrets.keyA, w.A, randomUUID())).json;
    expect(missing).toEqual({ status: "error", error: { code: 404, message: ALERT_NOT_FOUND_MESSAGE } });
    for (const id of ["nope", "__proto__", "%00", "65a1b2c3d4e5f60718293a4b"]) {
      expect((await get(w.secrets.keyA, w.A, id)).json).toEqual(missing);
      expect((await history(w.secrets.keyA, w.A, `?alertId=${encodeURIComponent(id)}`)).json).toEqual(
        missing,
      );
    }
  });

  it("S28 another website's alert is 404 on A, even for the owner of both; B's alert and history unchanged", async () => {
    const w = await makeApiWorld();
    const onB = await alertOn(w, w.B);
    const before = await db().alert.findUniqueOrThrow({ where: { id: onB._id } });
    expect((await get(w.secrets.owner, w.A, onB._id)).json).toEqual({
      status: "error",
      error: { code: 404, message: ALERT_NOT_FOUND_MESSAGE },
    });
    expect((await put(w.secrets.owner, w.A, onB._id, { isEnabled: false })).status).toBe(404);
    expect((await remove(w.secrets.owner, w.A, onB._id)).status).toBe(404);
    expect((await history(w.secrets.owner, w.A, `?alertId=${onB._id}`)).status).toBe(404);
    expect(await db().alert.findUniqueOrThrow({ where: { id: onB._id } })).toEqual(before);
  });

  it("403: viewers and alerts:read tokens can't write; outsiders can't read the alerts or their history", async () => {
    const w = await makeApiWorld();
    const row = await alertOn(w, w.A);
    const readOnly = await w.token(w.owner.id, ["alerts:read"]);
    for (const secret of [w.secrets.viewer, readOnly]) {
      expect((await get(secret, w.A, row._id)).status).toBe(200);
      expect((await history(secret, w.A)).status).toBe(200);
      expect((await create(secret, w.A, { ...alert, name: "x" })).status).toBe(403);
      expect((await put(secret, w.A, row._id, { isEnabled: false })).status).toBe(403);
      expect((await remove(secret, w.A, row._id)).status).toBe(403);
    }
    for (const secret of [w.secrets.outsider, await w.token(w.owner.id, ["funnels:read"])]) {
      expect((await list(secret, w.A)).status).toBe(403);
      expect((await history(secret, w.A)).status).toBe(403);
    }
    expect((await auditOf(row._id)).map((e) => e.action)).toEqual(["alert.create"]);
    expect(await db().alert.findUniqueOrThrow({ where: { id: row._id } })).toMatchObject({ enabled: true });
  });

  it("S25 a df_ key of A naming B in the path is refused; S29 B's user sees none of A's alerts", async () => {
    const w = await makeApiWorld();
    const onB = await alertOn(w, w.B);
    await alertOn(w, w.A);
    expect((await get(w.secrets.keyA, w.B, onB._id)).status).toBe(403);
    expect((await put(w.secrets.keyA, w.B, onB._id, { isEnabled: false })).status).toBe(403);
    expect((await history(w.secrets.keyA, w.B)).status).toBe(403);
    expect((await list(w.secrets.outsider, w.C)).json.data).toEqual([]);
    expect((await list(w.secrets.keyB, w.B)).json.data).toHaveLength(1);
  });

  it("401 without a secret; 405 with Allow for unlisted methods", async () => {
    const w = await makeApiWorld();
    const noSecret = await request(alertsRoute.POST, "POST", collection(w.A).path, {
      body: alert,
      params: collection(w.A).params,
      headers: { "x-forwarded-for": "198.51.100.75" },
    });
    expect(noSecret.status).toBe(401);
    const post = await request(alertRoute.POST, "POST", one(w.A, randomUUID()).path, {
      secret: w.secrets.keyA,
      body: alert,
    });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, PUT, DELETE, OPTIONS");
    const historyPost = await request(historyRoute.POST, "POST", `${collection(w.A).path}/history`, {
      secret: w.secrets.keyA,
      body: {},
    });
    expect(historyPost.status).toBe(405);
    expect(historyPost.headers.get("allow")).toBe("GET, OPTIONS");
  });
});
