import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import * as alertRoute from "@/app/api/v1/admin/websites/[websiteId]/alerts/[alertId]/route";
import * as alertsRoute from "@/app/api/v1/admin/websites/[websiteId]/alerts/route";
import { db } from "@/lib/db";
import { first, makeApiWorld, request, type ApiWorld } from "@/test/api-world";
import {
  ALERT_LIMIT_MESSAGE,
  ALERT_NAME_TAKEN_MESSAGE,
  ALERT_NOT_FOUND_MESSAGE,
} from "@/lib/alerts/messages";
import { ALERT_LIMIT } from "@/lib/alerts/schemas";

const ALERT_FIELDS = [
  "_id",
  "channel",
  "comparison",
  "createdAt",
  "enabled",
  "goal",
  "metric",
  "name",
  "threshold",
  "updatedAt",
  "websiteId",
].sort();
const alert = {
  name: "Traffic drop",
  metric: "visitors",
  threshold: 100,
  comparison: "below",
  channel: { type: "email", address: "ops@example.com" },
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

async function alertOn(w: ApiWorld, site: string, overrides: Record<string, unknown> = {}) {
  const secret = site === w.A ? w.secrets.keyA : w.secrets.keyB;
  return first<{ _id: string; name: string }>(await create(secret, site, { ...alert, ...overrides }));
}

const auditOf = (targetId: string) =>
  db().auditEvent.findMany({ where: { targetId }, orderBy: { createdAt: "asc" } });

describe("alerts CRUD", () => {
  it("create → get → list → update → delete, each write audited without the address", async () => {
    const w = await makeApiWorld();
    const created = await create(w.secrets.member, w.A, alert);
    expect(created.status).toBe(200);
    const row = first<{ _id: string }>(created);
    expect(row).toMatchObject({ ...alert, websiteId: w.A, goal: null, enabled: true });
    expect(Object.keys(row).sort()).toEqual(ALERT_FIELDS);

    expect(first(await get(w.secrets.viewer, w.A, row._id))).toEqual(row);
    expect((await list(w.secrets.viewer, w.A)).json.data).toEqual([row]);

    const updated = first(
      await put(w.secrets.keyA, w.A, row._id, {
        metric: "goal",
        goal: "Sign Up",
        comparison: "above",
        threshold: 5.5,
        enabled: false,
      }),
    );
    expect(updated).toMatchObject({
      _id: row._id,
      metric: "goal",
      goal: "sign_up",
      comparison: "above",
      threshold: 5.5,
      enabled: false,
      name: alert.name,
    });
    // Away from "goal": the goal goes with it.
    expect(first(await put(w.secrets.keyA, w.A, row._id, { metric: "revenue" }))).toMatchObject({
      metric: "revenue",
      goal: null,
    });
    // Nothing to change: no audit event.
    await put(w.secrets.keyA, w.A, row._id, { metric: "revenue" });

    expect(first(await remove(w.secrets.owner, w.A, row._id))).toEqual({ _id: row._id, deleted: true });
    expect((await get(w.secrets.owner, w.A, row._id)).status).toBe(404);

    const trail = await auditOf(row._id);
    expect(trail.map((event) => event.action)).toEqual([
      "alert.create",
      "alert.update",
      "alert.update",
      "alert.delete",
    ]);
    expect(trail[1]!.metadata).toEqual({
      name: alert.name,
      changed: ["metric", "goal", "threshold", "comparison", "enabled"],
    });
    expect(JSON.stringify(trail)).not.toContain("ops@example.com");
  });

  it("a goal alert needs its goal; other metrics take none (400)", async () => {
    const w = await makeApiWorld();
    expect((await create(w.secrets.keyA, w.A, { ...alert, metric: "goal" })).status).toBe(400);
    expect((await create(w.secrets.keyA, w.A, { ...alert, goal: "signup" })).status).toBe(400);
    const goal = await alertOn(w, w.A, { name: "Signups", metric: "goal", goal: "signup" });
    expect((await put(w.secrets.keyA, w.A, goal._id, { goal: null })).status).toBe(400);
    const visitors = await alertOn(w, w.A, { name: "Visitors" });
    expect((await put(w.secrets.keyA, w.A, visitors._id, { metric: "goal" })).status).toBe(400);
    expect((await put(w.secrets.keyA, w.A, visitors._id, { goal: "signup" })).status).toBe(400);
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

  it(`S65 at most ${ALERT_LIMIT} alerts per website`, async () => {
    const w = await makeApiWorld();
    await db().alert.createMany({
      data: Array.from({ length: ALERT_LIMIT }, (_, i) => ({
        websiteId: w.A,
        name: `a${i}`,
        metric: "visitors" as const,
        threshold: 1,
        comparison: "above" as const,
        address: "a@example.com",
      })),
    });
    const reply = await create(w.secrets.keyA, w.A, { ...alert, name: "one more" });
    expect(reply.status).toBe(400);
    expect(reply.json.error?.message).toBe(ALERT_LIMIT_MESSAGE);
  });

  it.each([
    ["an unknown metric", { ...alert, metric: "bounces" }],
    ["S58 threshold as a string", { ...alert, threshold: "100" }],
    ["a negative threshold", { ...alert, threshold: -1 }],
    ["S58 threshold 1e20", { ...alert, threshold: 1e20 }],
    ["an unknown comparison", { ...alert, comparison: "equals" }],
    ["a channel that is not email", { ...alert, channel: { type: "sms", address: "+15550100" } }],
    ["channel as a string", { ...alert, channel: "email" }],
    ["an invalid address", { ...alert, channel: { type: "email", address: "ops" } }],
    ["enabled as a string", { ...alert, enabled: "yes" }],
    ["missing threshold", { name: "x", metric: "visitors", comparison: "above", channel: alert.channel }],
    ["an unknown field", { ...alert, websiteId: randomUUID() }],
  ])("400 for %s; nothing stored", async (_label, body) => {
    const w = await makeApiWorld();
    expect((await create(w.secrets.keyA, w.A, body)).status).toBe(400);
    expect(await db().alert.count({ where: { websiteId: w.A } })).toBe(0);
  });

  // Until issue 18 this was a 400 "not a valid id"; SPEC §6 answers it as an id that names nothing.
  it("S56 an alert id that is not an id answers exactly as a missing one: 404, never 500", async () => {
    const w = await makeApiWorld();
    const missing = (await get(w.secrets.keyA, w.A, randomUUID())).json;
    expect(missing).toEqual({ status: "error", error: { code: 404, message: ALERT_NOT_FOUND_MESSAGE } });
    for (const id of ["nope", "__proto__", "%00", "65a1b2c3d4e5f60718293a4b"])
      expect((await get(w.secrets.keyA, w.A, id)).json).toEqual(missing);
  });

  it("S28 another website's alert is 404 on A, even for the owner of both; B's alert unchanged", async () => {
    const w = await makeApiWorld();
    const onB = await alertOn(w, w.B);
    const before = await db().alert.findUniqueOrThrow({ where: { id: onB._id } });
    expect((await get(w.secrets.owner, w.A, onB._id)).json).toEqual({
      status: "error",
      error: { code: 404, message: ALERT_NOT_FOUND_MESSAGE },
    });
    expect((await put(w.secrets.owner, w.A, onB._id, { enabled: false })).status).toBe(404);
    expect((await remove(w.secrets.owner, w.A, onB._id)).status).toBe(404);
    expect(await db().alert.findUniqueOrThrow({ where: { id: onB._id } })).toEqual(before);
  });

  it("403: viewers and alerts:read tokens can't write; outsiders can't read", async () => {
    const w = await makeApiWorld();
    const row = await alertOn(w, w.A);
    const readOnly = await w.token(w.owner.id, ["alerts:read"]);
    for (const secret of [w.secrets.viewer, readOnly]) {
      expect((await get(secret, w.A, row._id)).status).toBe(200);
      expect((await create(secret, w.A, { ...alert, name: "x" })).status).toBe(403);
      expect((await put(secret, w.A, row._id, { enabled: false })).status).toBe(403);
      expect((await remove(secret, w.A, row._id)).status).toBe(403);
    }
    for (const secret of [w.secrets.outsider, await w.token(w.owner.id, ["funnels:read"])])
      expect((await list(secret, w.A)).status).toBe(403);
    expect((await auditOf(row._id)).map((e) => e.action)).toEqual(["alert.create"]);
  });

  it("S25 a df_ key of A naming B in the path is refused; S29 B's user sees none of A's alerts", async () => {
    const w = await makeApiWorld();
    const onB = await alertOn(w, w.B);
    await alertOn(w, w.A);
    expect((await get(w.secrets.keyA, w.B, onB._id)).status).toBe(403);
    expect((await put(w.secrets.keyA, w.B, onB._id, { enabled: false })).status).toBe(403);
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
  });
});
