import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import * as tokenActions from "@/lib/actions/account-tokens";
import * as websiteActions from "@/lib/actions/websites";
import * as keyActions from "@/lib/actions/website-keys";
import * as teamActions from "@/lib/actions/team";
import { createAccountToken } from "@/lib/account-tokens/create-account-token";
import { listAccountTokens } from "@/lib/account-tokens/list-account-tokens";
import type { Operation } from "@/lib/access";
import { GRID, gridCells, type GridRow } from "@/lib/access/grid-test-fixtures";
import { sessionActor, type Actor } from "@/lib/actor";
import { createAlert } from "@/lib/alerts/create-alert";
import { getOverview } from "@/lib/analytics/get-overview";
import { requireUser } from "@/lib/auth/session";
import { createFunnel } from "@/lib/funnels/create-funnel";
import { recordGoal } from "@/lib/goals/record-goal";
import { changeMemberRole } from "@/lib/team/change-role";
import { inviteMember } from "@/lib/team/invite-member";
import { listMembers } from "@/lib/team/list-members";
import { removeMember } from "@/lib/team/remove-member";
import { createWebsiteKey } from "@/lib/website-keys/create-website-key";
import { listWebsiteKeys } from "@/lib/website-keys/list-website-keys";
import { deleteWebsite } from "@/lib/websites/delete-website";
import { getWebsite } from "@/lib/websites/get-website";
import { updateWebsite } from "@/lib/websites/update-website";
import { addMember, domainState, makeTeam, uniqueSuffix } from "@/test/factories";

// S1 for the session (S) rows of the grid: every operation O1…O6 on website A, driven from the
// lib/access table, through the domain functions the server actions and pages call with the
// session's actor. The anonymous row goes through the real action adapter (no session: refused
// before anything runs) or, for what only pages read, requireUser's redirect to sign-in.

// No request, no session: next-auth finds none, and the action adapter sees a same-origin POST.
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  getServerSession: async () => null,
}));
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  connection: async () => undefined,
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ origin: "http://keyward.test", host: "keyward.test" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

type World = { actor: Actor; A: string; domain: string; target: string };
type Runner = (world: World, websiteId: string) => Promise<unknown>;

const REQUEST = { ip: "203.0.113.9", userAgent: "vitest" };

const DOMAIN: Partial<Record<Operation, Runner>> = Object.assign(Object.create(null) as object, {
  "analytics.read": (w: World, site: string) => getOverview(w.actor, site),
  "settings.read": (w: World, site: string) => getWebsite(w.actor, site),
  "api-keys.read": (w: World, site: string) => listWebsiteKeys(w.actor, site),
  "team.read": (w: World, site: string) => listMembers(w.actor, site),
  "goals.write": (w: World, site: string) =>
    recordGoal(w.actor, site, { datafast_visitor_id: "grid-visitor", name: "grid" }),
  "funnels.write": (w: World, site: string) =>
    createFunnel(w.actor, site, {
      name: `Grid ${uniqueSuffix()}`,
      steps: [
        { name: "Visit", goal: "visit" },
        { name: "Buy", goal: "buy" },
      ],
    }),
  "alerts.write": (w: World, site: string) =>
    createAlert(w.actor, site, {
      name: `Grid ${uniqueSuffix()}`,
      trigger: { goalName: "signup" },
      template: { message: "Someone signed up." },
    }),
  "settings.write": (w: World, site: string) => updateWebsite(w.actor, site, { name: "Renamed" }),
  "api-keys.write": (w: World, site: string) => createWebsiteKey(w.actor, site, { name: "grid" }),
  "team.invite": (w: World, site: string) =>
    inviteMember(w.actor, site, { email: `grid-${uniqueSuffix()}@example.test`, role: "viewer" }),
  "team.change-role": (w: World, site: string) =>
    changeMemberRole(w.actor, { websiteId: site, userId: w.target, role: "member" }),
  "team.remove": (w: World, site: string) => removeMember(w.actor, { websiteId: site, userId: w.target }),
  // Runs after every other website operation of its row (O5 comes after O1–O4).
  "website.delete": (w: World, site: string) => deleteWebsite(w.actor, site, { confirmDomain: w.domain }),
  "tokens.read": (w: World) => listAccountTokens(w.actor),
  "tokens.write": (w: World) =>
    createAccountToken(w.actor, {
      name: "grid",
      permissions: ["analytics:read"],
      websiteIds: [],
      expiresAt: null,
    }),
});

/** Anonymous: the server action each operation has in the dashboard; null where only a page reads it. */
type AnonymousWorld = { A: string; domain: string; target: string };
const ANONYMOUS: Partial<
  Record<Operation, (w: AnonymousWorld) => Promise<{ ok: boolean; error?: { code: string } }>>
> = Object.assign(Object.create(null) as object, {
  "settings.write": (w: AnonymousWorld) =>
    websiteActions.updateWebsiteAction({ websiteId: w.A, name: "Renamed" }),
  "api-keys.write": (w: AnonymousWorld) =>
    keyActions.createWebsiteKeyAction({ websiteId: w.A, name: "grid" }),
  "team.invite": (w: AnonymousWorld) =>
    teamActions.inviteMemberAction({ websiteId: w.A, email: "anon@example.test", role: "viewer" }),
  "team.change-role": (w: AnonymousWorld) =>
    teamActions.changeRoleAction({ websiteId: w.A, userId: w.target, role: "member" }),
  "team.remove": (w: AnonymousWorld) => teamActions.removeMemberAction({ websiteId: w.A, userId: w.target }),
  "website.delete": (w: AnonymousWorld) =>
    websiteActions.deleteWebsiteAction({ websiteId: w.A, confirmDomain: w.domain }),
  "tokens.write": () =>
    tokenActions.createAccountTokenAction({
      name: "grid",
      permissions: ["analytics:read"],
      websiteIds: [],
      expiry: "never",
    }),
});

async function outcome(
  run: Promise<unknown>,
): Promise<{ outcome: "ok" } | { outcome: "forbidden"; message: string }> {
  try {
    await run;
    return { outcome: "ok" };
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    if (code !== "FORBIDDEN") throw error;
    return { outcome: "forbidden", message };
  }
}

async function buildWorld(row: GridRow & { credential: "session" }): Promise<World> {
  const team = await makeTeam();
  const acting =
    row.role === "owner"
      ? team.owner
      : row.role === "member"
        ? team.member
        : row.role === "viewer"
          ? team.viewer
          : team.outsider;
  // Team operations act on the team's viewer, or on a second viewer when the viewer is acting.
  const target = row.role === "viewer" ? (await makeTeam()).viewer.id : team.viewer.id;
  if (row.role === "viewer") await addMember(team.website._id, target, "viewer");
  return {
    actor: sessionActor(acting.id, REQUEST),
    A: team.website._id,
    domain: team.website.domain,
    target,
  };
}

describe("S1 grid for sessions (S rows), through the domain functions the actions call", () => {
  it("S1 every grid operation has a domain call here: nothing pending", () => {
    for (const operation of new Set(gridCells().map((cell) => cell.operation)))
      expect(DOMAIN[operation], operation).toBeTypeOf("function");
  });

  for (const row of GRID.filter(
    (r): r is GridRow & { credential: "session" } => r.credential === "session",
  )) {
    describe(row.who, () => {
      let world: World;
      beforeAll(async () => {
        world = await buildWorld(row);
      });
      const cells = gridCells().filter((cell) => cell.row === row);
      it.each(cells.map((cell) => [cell.operation, cell.expected] as const))(
        "S1 %s → %s",
        async (operation, expected) => {
          const result = await outcome(DOMAIN[operation]!(world, world.A));
          expect(result.outcome).toBe(expected);
          if (row.role === null && expected === "forbidden") {
            // Refused exactly as for a website that does not exist.
            await expect(outcome(DOMAIN[operation]!(world, randomUUID()))).resolves.toEqual(result);
          }
        },
      );
    });
  }

  describe("anonymous", () => {
    let world: AnonymousWorld;
    beforeAll(async () => {
      const team = await makeTeam();
      world = { A: team.website._id, domain: team.website.domain, target: team.viewer.id };
    });
    const operations = [...new Set(gridCells().map((cell) => cell.operation))];
    it.each(operations)("S1 %s → 401 / redirect to sign-in", async (operation) => {
      const before = await domainState();
      const action = ANONYMOUS[operation];
      if (action) {
        await expect(action(world)).resolves.toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
      } else {
        // Read by pages only: every (app) page starts with requireUser.
        await expect(requireUser()).rejects.toMatchObject({ digest: expect.stringContaining("/sign-in") });
      }
      expect(await domainState()).toEqual(before);
    });
  });
});
