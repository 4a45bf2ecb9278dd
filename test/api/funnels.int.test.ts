import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import * as funnelRoute from "@/app/api/v1/admin/websites/[websiteId]/funnels/[funnelId]/route";
import * as funnelsRoute from "@/app/api/v1/admin/websites/[websiteId]/funnels/route";
import { db } from "@/lib/db";
import { first, makeApiWorld, request, type ApiWorld } from "@/test/api-world";
import {
  FUNNEL_LIMIT_MESSAGE,
  FUNNEL_NAME_TAKEN_MESSAGE,
  FUNNEL_NOT_FOUND_MESSAGE,
} from "@/lib/funnels/messages";
import { FUNNEL_LIMIT } from "@/lib/funnels/schemas";

// Issue 18 added DataFast's slug and isActive (see the README's REST section).
const FUNNEL_FIELDS = [
  "_id",
  "createdAt",
  "isActive",
  "name",
  "slug",
  "steps",
  "updatedAt",
  "websiteId",
].sort();
const steps = [
  { name: "Signed up", goal: "signup" },
  { name: "Paid", goal: "checkout_completed" },
];

const collection = (site: string) => ({
  path: `/api/v1/admin/websites/${site}/funnels`,
  params: { websiteId: site },
});
const one = (site: string, funnelId: string) => ({
  path: `/api/v1/admin/websites/${site}/funnels/${funnelId}`,
  params: { websiteId: site, funnelId },
});

const create = (secret: string, site: string, body: unknown) =>
  request(funnelsRoute.POST, "POST", collection(site).path, {
    secret,
    body,
    params: collection(site).params,
  });
const list = (secret: string, site: string) =>
  request(funnelsRoute.GET, "GET", collection(site).path, { secret, params: collection(site).params });
const get = (secret: string, site: string, id: string) =>
  request(funnelRoute.GET, "GET", one(site, id).path, { secret, params: one(site, id).params });
const put = (secret: string, site: string, id: string, body: unknown) =>
  request(funnelRoute.PUT, "PUT", one(site, id).path, { secret, body, params: one(site, id).params });
const remove = (secret: string, site: string, id: string) =>
  request(funnelRoute.DELETE, "DELETE", one(site, id).path, { secret, params: one(site, id).params });

async function funnelOn(w: ApiWorld, site: string, name = "Checkout") {
  const secret = site === w.A ? w.secrets.keyA : w.secrets.keyB;
  return first<{ _id: string; name: string }>(await create(secret, site, { name, steps }));
}

const auditOf = (targetId: string) =>
  db().auditEvent.findMany({ where: { targetId }, orderBy: { createdAt: "asc" } });

describe("funnels CRUD", () => {
  it("create → get → list → update → delete, each write audited in its transaction", async () => {
    const w = await makeApiWorld();
    const created = await create(w.secrets.member, w.A, {
      name: " Checkout ",
      steps: [{ name: "Signed up", goal: "Sign Up" }, steps[1]],
    });
    expect(created.status).toBe(200);
    const funnel = first<{ _id: string }>(created);
    expect(funnel).toMatchObject({
      websiteId: w.A,
      name: "Checkout",
      steps: [{ name: "Signed up", goal: "sign_up" }, steps[1]],
    });
    expect(Object.keys(funnel).sort()).toEqual(FUNNEL_FIELDS);

    expect(first(await get(w.secrets.viewer, w.A, funnel._id))).toEqual(funnel);
    expect((await list(w.secrets.viewer, w.A)).json.data).toEqual([funnel]);

    const updated = first(
      await put(w.secrets.keyA, w.A, funnel._id, {
        name: "Purchase",
        steps: [...steps, { name: "Renewed", goal: "renewal" }],
      }),
    );
    expect(updated).toMatchObject({
      _id: funnel._id,
      name: "Purchase",
      steps: [...steps, { name: "Renewed", goal: "renewal" }],
    });
    // Nothing to change: the same funnel, no audit event.
    expect(
      first(
        await put(w.secrets.keyA, w.A, funnel._id, {
          name: "Purchase",
          steps: [...steps, { name: "Renewed", goal: "renewal" }],
        }),
      ),
    ).toEqual(updated);

    const deleted = await remove(w.secrets.owner, w.A, funnel._id);
    expect(deleted.status).toBe(200);
    expect(first(deleted)).toEqual({ _id: funnel._id, deleted: true });
    expect((await get(w.secrets.owner, w.A, funnel._id)).status).toBe(404);

    const trail = await auditOf(funnel._id);
    expect(trail.map((event) => event.action)).toEqual(["funnel.create", "funnel.update", "funnel.delete"]);
    expect(trail[0]).toMatchObject({
      websiteId: w.A,
      actorUserId: w.member.id,
      targetType: "funnel",
      metadata: { name: "Checkout", steps: 2 },
    });
    expect(trail[1]).toMatchObject({
      actorUserId: null,
      credential: expect.stringMatching(/^df_/),
      metadata: { name: "Purchase", renamedFrom: "Checkout", steps: 3 },
    });
  });

  it("409 for a name the website already uses (create and rename); other websites may reuse it", async () => {
    const w = await makeApiWorld();
    await funnelOn(w, w.A, "Checkout");
    const other = await funnelOn(w, w.A, "Onboarding");
    const duplicate = await create(w.secrets.keyA, w.A, { name: "Checkout", steps });
    expect(duplicate.status).toBe(409);
    expect(duplicate.json.error?.message).toBe(FUNNEL_NAME_TAKEN_MESSAGE);
    expect((await put(w.secrets.keyA, w.A, other._id, { name: "Checkout" })).status).toBe(409);
    expect((await create(w.secrets.keyB, w.B, { name: "Checkout", steps })).status).toBe(200);
  });

  it(`S65 at most ${FUNNEL_LIMIT} funnels per website: 400 naming the limit`, async () => {
    const w = await makeApiWorld();
    await db().funnel.createMany({
      data: Array.from({ length: FUNNEL_LIMIT }, (_, i) => ({
        websiteId: w.A,
        name: `f${i}`,
        slug: `f${i}`,
        steps,
      })),
    });
    const reply = await create(w.secrets.keyA, w.A, { name: "one more", steps });
    expect(reply.status).toBe(400);
    expect(reply.json.error?.message).toBe(FUNNEL_LIMIT_MESSAGE);
    expect(await db().funnel.count({ where: { websiteId: w.A } })).toBe(FUNNEL_LIMIT);
  });

  it.each([
    ["one step", { name: "f", steps: [steps[0]] }],
    [
      "eleven steps",
      { name: "f", steps: Array.from({ length: 11 }, (_, i) => ({ name: `s${i}`, goal: `g${i}` })) },
    ],
    ["steps as a string", { name: "f", steps: "signup,paid" }],
    ["a step without goal", { name: "f", steps: [{ name: "a" }, steps[1]] }],
    ["a step with an extra field", { name: "f", steps: [{ ...steps[0], order: 1 }, steps[1]] }],
    ["a step goal with <script>", { name: "f", steps: [{ name: "a", goal: "<script>" }, steps[1]] }],
    ["an empty name", { name: "  ", steps }],
    ["S55 a 10 KB name", { name: "n".repeat(10_240), steps }],
    ["S55 a name with an RTL override", { name: "abc\u202Edef", steps }],
    ["an unknown field", { name: "f", steps, websiteId: randomUUID() }],
    ["no body", undefined],
  ])("400 for %s; nothing stored", async (_label, body) => {
    const w = await makeApiWorld();
    const reply = await create(w.secrets.keyA, w.A, body);
    expect(reply.status).toBe(400);
    expect(await db().funnel.count({ where: { websiteId: w.A } })).toBe(0);
  });

  // Until issue 18 these were a 400 "not a valid id"; SPEC §6 answers them as ids that name nothing.
  it("S56 ids that are not ids (website or funnel) answer exactly as missing ones: 404 / 403, never 500", async () => {
    const w = await makeApiWorld();
    const missingFunnel = (await get(w.secrets.owner, w.A, randomUUID())).json;
    const missingWebsite = (await list(w.secrets.owner, randomUUID())).json;
    expect(missingFunnel).toEqual({
      status: "error",
      error: { code: 404, message: FUNNEL_NOT_FOUND_MESSAGE },
    });
    expect(missingWebsite.error?.code).toBe(403);
    for (const id of ["not-a-uuid", "__proto__", "1' OR '1'='1", "65a1b2c3d4e5f60718293a4b"]) {
      expect((await get(w.secrets.owner, w.A, id)).json).toEqual(missingFunnel);
      expect((await list(w.secrets.owner, id)).json).toEqual(missingWebsite);
    }
  });

  it("S28 another website's funnel is 404 on A, even for the owner of both; B's funnel unchanged", async () => {
    const w = await makeApiWorld();
    const onB = await funnelOn(w, w.B);
    const before = await db().funnel.findUniqueOrThrow({ where: { id: onB._id } });
    expect((await get(w.secrets.owner, w.A, onB._id)).json).toEqual({
      status: "error",
      error: { code: 404, message: FUNNEL_NOT_FOUND_MESSAGE },
    });
    expect((await put(w.secrets.owner, w.A, onB._id, { name: "Hijacked" })).status).toBe(404);
    expect((await remove(w.secrets.owner, w.A, onB._id)).status).toBe(404);
    expect((await get(w.secrets.owner, w.A, randomUUID())).status).toBe(404);
    expect(await db().funnel.findUniqueOrThrow({ where: { id: onB._id } })).toEqual(before);
  });

  it("403: viewers and funnels:read tokens can't write; outsiders can't read; nothing changed", async () => {
    const w = await makeApiWorld();
    const funnel = await funnelOn(w, w.A);
    const readOnly = await w.token(w.owner.id, ["funnels:read"]);
    for (const secret of [w.secrets.viewer, readOnly]) {
      expect((await list(secret, w.A)).status).toBe(200);
      expect((await create(secret, w.A, { name: "x", steps })).status).toBe(403);
      expect((await put(secret, w.A, funnel._id, { name: "x" })).status).toBe(403);
      expect((await remove(secret, w.A, funnel._id)).status).toBe(403);
    }
    const analyticsOnly = await w.token(w.owner.id, ["analytics:read"]);
    for (const secret of [w.secrets.outsider, analyticsOnly]) {
      expect((await list(secret, w.A)).status).toBe(403);
      expect((await get(secret, w.A, funnel._id)).status).toBe(403);
    }
    expect(await db().funnel.findMany({ where: { websiteId: w.A } })).toHaveLength(1);
    expect((await auditOf(funnel._id)).map((e) => e.action)).toEqual(["funnel.create"]);
  });

  it("S25 a df_ key of A naming B in the path is refused, also for B's own funnel id", async () => {
    const w = await makeApiWorld();
    const onB = await funnelOn(w, w.B);
    expect((await list(w.secrets.keyA, w.B)).status).toBe(403);
    expect((await get(w.secrets.keyA, w.B, onB._id)).status).toBe(403);
    expect((await remove(w.secrets.keyA, w.B, onB._id)).status).toBe(403);
    expect((await create(w.secrets.keyA, w.B, { name: "x", steps })).status).toBe(403);
    expect((await list(w.secrets.keyA, w.A.toUpperCase())).status).toBe(403);
    expect(await db().funnel.count({ where: { websiteId: w.B } })).toBe(1);
  });

  it("S29 a user of another website lists only that website's funnels", async () => {
    const w = await makeApiWorld();
    await funnelOn(w, w.A);
    expect((await list(w.secrets.outsider, w.C)).json.data).toEqual([]);
    expect((await list(w.secrets.outsider, w.A)).status).toBe(403);
  });

  it("401 without a secret; 405 with Allow for unlisted methods", async () => {
    const w = await makeApiWorld();
    const noSecret = await request(funnelsRoute.GET, "GET", collection(w.A).path, {
      params: collection(w.A).params,
      headers: { "x-forwarded-for": "198.51.100.74" },
    });
    expect(noSecret.status).toBe(401);
    const patch = await request(funnelRoute.PATCH, "PATCH", one(w.A, randomUUID()).path, {
      secret: w.secrets.keyA,
      body: {},
    });
    expect(patch.status).toBe(405);
    expect(patch.headers.get("allow")).toBe("GET, PUT, DELETE, OPTIONS");
    const del = await request(funnelsRoute.DELETE, "DELETE", collection(w.A).path, {
      secret: w.secrets.keyA,
    });
    expect(del.status).toBe(405);
    expect(del.headers.get("allow")).toBe("GET, POST, OPTIONS");
  });
});
