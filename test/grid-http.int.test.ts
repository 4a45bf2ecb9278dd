import { beforeAll, describe, expect, it } from "vitest";
import * as tokensRoute from "@/app/api/v1/admin/access-tokens/route";
import * as websiteRoute from "@/app/api/v1/admin/websites/[websiteId]/route";
import * as alertsRoute from "@/app/api/v1/admin/websites/[websiteId]/alerts/route";
import * as keysRoute from "@/app/api/v1/admin/websites/[websiteId]/apikeys/route";
import * as teamRoute from "@/app/api/v1/admin/websites/[websiteId]/team/route";
import * as memberRoute from "@/app/api/v1/admin/websites/[websiteId]/team/[userId]/route";
import * as funnelsRoute from "@/app/api/v1/admin/websites/[websiteId]/funnels/route";
import * as overviewRoute from "@/app/api/v1/analytics/overview/route";
import * as goalsRoute from "@/app/api/v1/goals/route";
import type { Operation } from "@/lib/access";
import { GRID, gridCells, type GridRow } from "@/lib/access/grid-test-fixtures";
import { sessionActor } from "@/lib/actor";
import { createAccountToken } from "@/lib/account-tokens/create-account-token";
import { db } from "@/lib/db";
import { createWebsiteKey } from "@/lib/website-keys/create-website-key";
import { addMember, makeUser, makeWebsite } from "@/test/factories";
import { call, type Reply } from "@/test/http";

// S1 through HTTP: every T (dft_) and K (df_) row of the security grid, from the same table the
// lib/access unit tests use, against the REST routes. Operations whose routes do not exist yet
// are listed in PENDING, and a test fails if the table names one that is neither here nor there.

/** `target`: a viewer of A whom team operations act on. */
type World = { secret: string; sites: { A: string; B: string }; callerScope: string[]; target: string };
type Runner = (world: World, site: string) => Promise<Reply>;

const request = { ip: "127.0.0.1", userAgent: "vitest" };

const ROUTES: Partial<Record<Operation, Runner>> = {
  "settings.read": (w, site) =>
    call(websiteRoute.GET, {
      path: `/api/v1/admin/websites/${site}`,
      params: { websiteId: site },
      secret: w.secret,
    }),
  "api-keys.read": (w, site) =>
    call(keysRoute.GET, {
      path: `/api/v1/admin/websites/${site}/apikeys`,
      params: { websiteId: site },
      secret: w.secret,
    }),
  "settings.write": (w, site) =>
    call(websiteRoute.PUT, {
      method: "PUT",
      path: `/api/v1/admin/websites/${site}`,
      params: { websiteId: site },
      secret: w.secret,
      body: { name: "Renamed" },
    }),
  "api-keys.write": (w, site) =>
    call(keysRoute.POST, {
      method: "POST",
      path: `/api/v1/admin/websites/${site}/apikeys`,
      params: { websiteId: site },
      secret: w.secret,
      body: { name: "grid" },
    }),
  // A df_ key naming its own website with ?websiteId= is fine; naming another is refused.
  "analytics.read": (w, site) =>
    call(overviewRoute.GET, { path: `/api/v1/analytics/overview?websiteId=${site}`, secret: w.secret }),
  "goals.write": (w, site) =>
    call(goalsRoute.POST, {
      method: "POST",
      path: `/api/v1/goals?websiteId=${site}`,
      secret: w.secret,
      body: { datafast_visitor_id: "grid-visitor", name: "grid" },
    }),
  "funnels.write": (w, site) =>
    call(funnelsRoute.POST, {
      method: "POST",
      path: `/api/v1/admin/websites/${site}/funnels`,
      params: { websiteId: site },
      secret: w.secret,
      body: {
        name: "Grid",
        steps: [
          { name: "Visit", goal: "visit" },
          { name: "Buy", goal: "buy" },
        ],
      },
    }),
  "alerts.write": (w, site) =>
    call(alertsRoute.POST, {
      method: "POST",
      path: `/api/v1/admin/websites/${site}/alerts`,
      params: { websiteId: site },
      secret: w.secret,
      body: {
        name: "Grid",
        trigger: { goalName: "signup" },
        template: { message: "Someone signed up." },
      },
    }),
  "team.read": (w, site) =>
    call(teamRoute.GET, {
      path: `/api/v1/admin/websites/${site}/team`,
      params: { websiteId: site },
      secret: w.secret,
    }),
  "team.invite": (w, site) =>
    call(teamRoute.POST, {
      method: "POST",
      path: `/api/v1/admin/websites/${site}/team`,
      params: { websiteId: site },
      secret: w.secret,
      body: { email: `grid-${w.target.slice(0, 8)}@example.test` },
    }),
  "team.change-role": (w, site) =>
    call(memberRoute.PATCH, {
      method: "PATCH",
      path: `/api/v1/admin/websites/${site}/team/${w.target}`,
      params: { websiteId: site, userId: w.target },
      secret: w.secret,
      body: { role: "member" },
    }),
  "team.remove": (w, site) =>
    call(teamRoute.DELETE, {
      method: "DELETE",
      path: `/api/v1/admin/websites/${site}/team`,
      params: { websiteId: site },
      secret: w.secret,
      body: { userId: w.target },
    }),
  // Runs after every other website operation of its row (O5 comes after O1–O4).
  "website.delete": (w, site) =>
    call(websiteRoute.DELETE, {
      method: "DELETE",
      path: `/api/v1/admin/websites/${site}`,
      params: { websiteId: site },
      secret: w.secret,
    }),
  "tokens.read": (w) => call(tokensRoute.GET, { path: "/api/v1/admin/access-tokens", secret: w.secret }),
  // "≤ itself": the new token asks for nothing beyond the caller's own bounds.
  "tokens.write": (w) =>
    call(tokensRoute.POST, {
      method: "POST",
      path: "/api/v1/admin/access-tokens",
      secret: w.secret,
      body: { name: "child", permissions: ["analytics:read"], websiteIds: w.callerScope },
    }),
};

const PENDING: Operation[] = [];

async function buildWorld(row: GridRow): Promise<World> {
  const owner = await makeUser();
  const user = await makeUser();
  const A = (await makeWebsite(owner.id))._id;
  const B = (await makeWebsite(owner.id))._id;
  const sites = { A, B };
  const target = (await makeUser()).id;
  await addMember(A, target, "viewer");
  if (row.credential === "website-key") {
    const { secret } = await createWebsiteKey(sessionActor(owner.id, request), A, { name: "grid key" });
    return { secret, sites, callerScope: [], target };
  }
  if (row.credential !== "account-token") throw new Error("session rows are proven in e2e");
  // The user owns every allow-listed website (so a "*" allow-list passes creation); the role on
  // A is the row's.
  const scope = row.token.websiteIds === "all" ? [] : row.token.websiteIds.map((site) => sites[site]);
  const makeOwner = (websiteId: string) =>
    db().membership.updateMany({ where: { websiteId, role: "owner" }, data: { userId: user.id } });
  if (scope.includes(B)) await makeOwner(B);
  const roleOnA = row.role ?? "member";
  if (roleOnA === "owner") await makeOwner(A);
  else await addMember(A, user.id, roleOnA);
  const { key } = await createAccountToken(sessionActor(user.id, request), {
    name: "grid",
    permissions: [...row.token.permissions],
    websiteIds: scope,
    expiresAt: null,
  });
  if (row.role === null) await db().membership.deleteMany({ where: { websiteId: A, userId: user.id } });
  return { secret: key, sites, callerScope: scope, target };
}

describe("S1 grid over HTTP (T and K rows)", () => {
  it("S1 every grid operation has a route here or is listed as pending", () => {
    const named = new Set(gridCells().map((cell) => cell.operation));
    for (const operation of named)
      expect(ROUTES[operation] !== undefined || PENDING.includes(operation)).toBe(true);
  });

  for (const row of GRID.filter((r) => r.credential !== "session")) {
    describe(row.who, () => {
      let world: World;
      beforeAll(async () => {
        world = await buildWorld(row);
      });
      const cells = gridCells().filter((cell) => cell.row === row && ROUTES[cell.operation]);
      it.each(cells.map((cell) => [cell.operation, cell.expected] as const))(
        "S1 %s → %s",
        async (operation, expected) => {
          const site = world.sites[row.target];
          const reply = await ROUTES[operation]!(world, site);
          expect({ status: reply.status, body: reply.json.status }).toEqual(
            expected === "ok" ? { status: 200, body: "success" } : { status: 403, body: "error" },
          );
        },
      );
    });
  }
});
