import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { NO_WEBSITE_ACCESS_MESSAGE } from "@/lib/access";
import { CATALOGUE, type ApiOperation } from "@/lib/api/catalogue";
import { makeApiWorld, type ApiWorld } from "@/test/api-world";
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

function send(op: ApiOperation, params: Record<string, string>, body?: unknown, query = {}) {
  return call(handlerFor(modules, op), {
    method: op.method,
    path: urlOf(op, params, query),
    params,
    secret: world.secrets.owner,
    body,
  });
}

describe("ids that name nothing, whatever their format (SPEC §6)", () => {
  // A body each operation accepts, so that only the id can decide the answer. Creates of funnels
  // and alerts are left out: their bodies belong to their own tests, and they resolve the website
  // through the same define-route code as every operation below.
  const BODIES: Record<string, unknown> = {
    updateWebsite: { name: "Renamed" },
    createWebsiteKey: { name: "Server" },
    rollWebsiteKey: {},
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
