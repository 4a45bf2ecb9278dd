import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { NO_WEBSITE_ACCESS_MESSAGE } from "@/lib/access";
import { CATALOGUE, type ApiOperation } from "@/lib/api/catalogue";
import { db } from "@/lib/db";
import { makeApiWorld, type ApiWorld } from "@/test/api-world";
import { makeAccountToken, makePerson, makeTeam } from "@/test/factories";
import { call } from "@/test/http";
import { handlerFor, loadRouteModules, urlOf, type RouteModule } from "@/test/route-modules";

// DataFast's public API, field for field (SPEC §6, issue 18): what a script written only from
// DataFast's per-endpoint documentation sends and reads. Each test is named after the endpoint.
// Every reply is also checked against the OpenAPI document (test/http.ts).

/** The shape of DataFast's ids (MongoDB ObjectIds): scripts written for it carry these. */
const OBJECT_ID = "65a1b2c3d4e5f60718293a4b";

let world: ApiWorld;
let modules: RouteModule[];

beforeAll(async () => {
  world = await makeApiWorld();
  modules = await loadRouteModules();
});

function send(
  op: ApiOperation,
  params: Record<string, string>,
  body?: unknown,
  query = {},
  secret = world.secrets.owner,
) {
  return call(handlerFor(modules, op), {
    method: op.method,
    path: urlOf(op, params, query),
    params,
    secret,
    body,
  });
}

const operation = (id: string) => CATALOGUE.find((op) => op.id === id)!;
const UUID = expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

describe("DataFast's fields beside Keyward's (SPEC §6)", () => {
  it("GET /admin/websites/{id}/team lists {userId, name, email, image, role, joinedAt} beside _id, status and createdAt", async () => {
    const { owner, member, viewer, website } = await makeTeam();
    const secret = (await makeAccountToken(owner.id)).key;
    const params = { websiteId: website._id };
    await send(operation("inviteMember"), params, { email: "later@example.com" }, {}, secret);
    const list = await send(operation("listTeam"), params, undefined, {}, secret);
    expect(list.status).toBe(200);
    const rows = list.json.data as Record<string, unknown>[];
    const members = rows.filter((row) => row.status === "active");
    expect(members.map((row) => [row.userId, row.role])).toEqual([
      [owner.id, "owner"],
      [member.id, "member"],
      [viewer.id, "viewer"],
    ]);
    for (const [row, person] of members.map((row, i) => [row, [owner, member, viewer][i]!] as const)) {
      expect(row).toEqual({
        userId: person.id,
        name: person.name,
        email: person.email,
        image: null,
        role: row.role,
        joinedAt: expect.any(String),
        _id: person.id,
        status: "active",
        createdAt: row.joinedAt,
      });
    }
    // Keyward also lists pending invitations: DataFast's keys are there, null until someone joins.
    expect(rows.find((row) => row.status === "pending")).toEqual({
      userId: null,
      name: null,
      email: "later@example.com",
      image: null,
      role: "viewer",
      joinedAt: null,
      _id: UUID,
      status: "pending",
      createdAt: expect.any(String),
      expiresAt: expect.any(String),
    });
  });

  it("POST /admin/websites/{id}/team defaults role to viewer, trims and lower-cases the email, answers DataFast's message", async () => {
    const { owner, website } = await makeTeam();
    const secret = (await makeAccountToken(owner.id)).key;
    const params = { websiteId: website._id };
    const reply = await send(
      operation("inviteMember"),
      params,
      { email: "  New.Person@Example.COM " },
      {},
      secret,
    );
    expect(reply.status).toBe(200);
    const invited = reply.json.data?.[0] as Record<string, unknown>;
    expect(invited).toMatchObject({
      message: "Invitation created. Send the invite link to the user.",
      invitationId: UUID,
      email: "new.person@example.com",
      role: "viewer",
      // Keyward's extras: the invitation's own fields and the single-use link.
      _id: invited.invitationId,
      status: "pending",
      inviteUrl: expect.stringMatching(/\/invite\/[0-9A-Za-z]{43}$/),
    });
    const row = await db().invitation.findUniqueOrThrow({ where: { id: invited.invitationId as string } });
    expect(row).toMatchObject({ email: "new.person@example.com", role: "viewer" });
    // A role sent is kept: the dashboard sends member, its own default.
    const asMember = await send(
      operation("inviteMember"),
      params,
      { email: "m@example.com", role: "member" },
      {},
      secret,
    );
    expect(asMember.json.data?.[0]).toMatchObject({ email: "m@example.com", role: "member" });
  });

  it('GET /admin/access-tokens items carry scope: "user", as does POST\'s answer', async () => {
    const person = await makePerson();
    const secret = (await makeAccountToken(person.id)).key;
    const created = await send(operation("createAccountToken"), {}, { name: "CLI" }, {}, secret);
    expect(created.json.data?.[0]).toMatchObject({ name: "CLI", scope: "user", key: expect.any(String) });
    const list = await send(operation("listAccountTokens"), {}, undefined, {}, secret);
    expect(list.json.data).toHaveLength(2);
    for (const item of list.json.data as Record<string, unknown>[])
      expect(item).toMatchObject({
        _id: UUID,
        name: expect.any(String),
        displayKey: expect.any(String),
        scope: "user",
        permissions: ["*"],
        websiteIds: [],
        createdAt: expect.any(String),
      });
  });

  it('DELETE /admin/access-tokens/{id} answers data[0].message "Access token deleted successfully"', async () => {
    const person = await makePerson();
    const secret = (await makeAccountToken(person.id)).key;
    const doomed = (await makeAccountToken(person.id)).token._id;
    const reply = await send(operation("revokeAccountToken"), { id: doomed }, undefined, {}, secret);
    expect(reply.json).toEqual({
      status: "success",
      data: [{ message: "Access token deleted successfully", _id: doomed, revoked: true }],
    });
  });

  it("POST /admin/websites answers {websiteId, domain, trackingId} beside _id", async () => {
    const domain = `datafast-${randomUUID().slice(0, 8)}.example.com`;
    const reply = await send(operation("createWebsite"), {}, { domain, timezone: "UTC" });
    expect(reply.status).toBe(200);
    const website = reply.json.data?.[0] as Record<string, unknown>;
    expect(website).toMatchObject({
      websiteId: UUID,
      domain,
      trackingId: expect.any(String),
      _id: website.websiteId,
    });
    const row = await db().website.findUniqueOrThrow({ where: { id: website.websiteId as string } });
    expect(row.trackingId).toBe(website.trackingId);
  });
});

describe("ids that name nothing, whatever their format (SPEC §6)", () => {
  // A body each operation accepts, so that only the id can decide the answer. Creates of funnels
  // and alerts are left out: their bodies belong to their own tests, and they resolve the website
  // through the same define-route code as every operation below.
  const BODIES: Record<string, unknown> = {
    updateWebsite: { name: "Renamed" },
    createWebsiteKey: { name: "Server" },
    rollWebsiteKey: {},
    rollAccountToken: {},
    inviteMember: { email: "nobody@example.com" },
    removeMember: { userId: randomUUID() },
    changeMemberRole: { role: "viewer" },
    updateFunnel: { name: "Renamed" },
    updateAlert: { name: "Renamed" },
  };
  const cases = CATALOGUE.filter((op) => op.path.includes("{") && (!op.body || op.id in BODIES)).flatMap(
    (op) =>
      [...op.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => [`${op.method} ${op.path}`, name!, op] as const),
  );

  it.each(cases)(
    "%s answers {%s} as a missing one: a 24-hex ObjectId or any text is 404, a website's 403",
    async (_label, name, op) => {
      const valid = Object.fromEntries([...op.path.matchAll(/\{(\w+)\}/g)].map(([, n]) => [n!, world.A]));
      // Every other id names nothing too, but the website (checked first) is the caller's.
      for (const other of Object.keys(valid)) if (other !== "websiteId") valid[other] = randomUUID();
      const missing = await send(op, { ...valid, [name]: randomUUID() }, BODIES[op.id]);
      expect(missing.status).toBe(name === "websiteId" ? 403 : 404);
      if (name === "websiteId")
        expect(missing.json.error).toEqual({ code: 403, message: NO_WEBSITE_ACCESS_MESSAGE });
      for (const id of [OBJECT_ID, "not-an-id", "1' OR '1'='1"]) {
        const reply = await send(op, { ...valid, [name]: id }, BODIES[op.id]);
        expect({ id, ...reply.json }).toEqual({ id, ...missing.json });
      }
    },
  );

  it("GET /goals?websiteId= answers an ObjectId as a website the caller may not see (403)", async () => {
    const op = CATALOGUE.find((o) => o.id === "listGoals")!;
    const outsiders = await send(op, {}, undefined, { websiteId: world.C });
    expect(outsiders.status).toBe(403);
    for (const id of [OBJECT_ID, randomUUID(), "not-an-id"])
      expect((await send(op, {}, undefined, { websiteId: id })).json).toEqual(outsiders.json);
  });

  it("DELETE /admin/websites/{id}/team answers a userId that names nothing with 404, whatever its format", async () => {
    const op = CATALOGUE.find((o) => o.id === "removeMember")!;
    const missing = await send(op, { websiteId: world.A }, { userId: randomUUID() });
    expect(missing.status).toBe(404);
    for (const userId of [OBJECT_ID, "not-an-id"])
      expect((await send(op, { websiteId: world.A }, { userId })).json).toEqual(missing.json);
  });
});
