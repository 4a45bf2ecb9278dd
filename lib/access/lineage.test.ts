import { describe, expect, it } from "vitest";
import { authorize } from "./authorize";
import type { Bounds } from "./bounds";
import {
  clampToParent,
  coversForRevoke,
  expiryWithinParent,
  keyActingRole,
  tokenCoversKey,
  type LineageBounds,
} from "./lineage";
import { PERMISSIONS, READ_PERMISSIONS, WRITE_PERMISSIONS, type Grant } from "./permissions";
import type { Principal } from "./principal";
import type { Role } from "./roles";

const A = "site-a";
const B = "site-b";
const key: Principal = { kind: "website-key", keyId: "key-1", websiteId: A, personId: "person-1" };

describe("keyActingRole: a key acts as a member capped by its person's current role", () => {
  it.each([
    ["owner", "member"],
    ["member", "member"],
    ["viewer", "viewer"],
    // Left the website, account deleted, or a key from before provenance: flagged, still a member.
    [null, "member"],
  ] as [Role | null, Role][])("person %s → key acts as %s", (person, acting) => {
    expect(keyActingRole(person)).toBe(acting);
  });

  it.each([
    ["owner", "goals.write", true],
    ["member", "goals.write", true],
    ["viewer", "goals.write", false],
    ["viewer", "settings.write", false],
    ["viewer", "api-keys.write", false],
    ["viewer", "analytics.read", true],
    ["viewer", "api-keys.read", true],
    [null, "goals.write", true],
    ["owner", "team.remove", false],
    ["owner", "team.offboard", false],
  ] as const)("S82 person %s: %s → %s", (person, op, ok) => {
    expect(authorize(key, op, { websiteId: A, role: person }).ok).toBe(ok);
  });

  it("never reaches another website, whatever its person's role", () => {
    expect(authorize(key, "analytics.read", { websiteId: B, role: "owner" }).ok).toBe(false);
  });
});

describe("tokenCoversKey: a token acts on keys only with a key's member-level power", () => {
  const all = (websiteIds: Bounds["websiteIds"], permissions: Grant[] = ["*"]): Bounds => ({
    permissions,
    websiteIds,
  });
  it.each([
    ['"*" all websites', all("all"), A, true],
    ['"*" allow-list [A]', all([A]), A, true],
    ['"*" allow-list [B]', all([B]), A, false],
    ["every permission listed", all("all", [...PERMISSIONS]), A, true],
    ["every permission but one", all("all", PERMISSIONS.slice(1)), A, false],
    ["api-keys:write only", all("all", ["api-keys:write"]), A, false],
    ["read-only", all("all", [...READ_PERMISSIONS]), A, false],
    ["empty allow-list", all([]), A, false],
  ] as const)("%s on A → %s", (_who, token, site, expected) => {
    expect(tokenCoversKey(token, site)).toBe(expected);
  });
});

describe("coversForRevoke: a token revokes only tokens within its own bounds", () => {
  const t = (permissions: Grant[], websiteIds: string[] | "all" = "all"): Bounds => ({
    permissions,
    websiteIds,
  });
  it.each([
    ["S81 api-keys:write on [A] vs '*' on all websites", t(["api-keys:write"], [A]), t(["*"]), false],
    [
      "S81 api-keys:write on [A] vs api-keys:write on all",
      t(["api-keys:write"], [A]),
      t(["api-keys:write"]),
      false,
    ],
    [
      "api-keys:write on [A] vs api-keys:write on [A]",
      t(["api-keys:write"], [A]),
      t(["api-keys:write"], [A]),
      true,
    ],
    [
      "api-keys:write on [A, B] vs analytics:read on [A]",
      t(["api-keys:write"], [A, B]),
      t(["analytics:read"], [A]),
      false,
    ],
    [
      "api-keys:write vs api-keys:read (write covers its read)",
      t(["api-keys:write"]),
      t(["api-keys:read"]),
      true,
    ],
    ["goals:write vs goals:read + goals:write", t(["goals:write"]), t(["goals:read", "goals:write"]), true],
    ["goals:read vs goals:write (read never covers write)", t(["goals:read"]), t(["goals:write"]), false],
    ["every permission listed vs '*' (only '*' covers '*')", t([...PERMISSIONS]), t(["*"]), false],
    ["'*' on [A] vs '*' on all", t(["*"], [A]), t(["*"]), false],
    ["'*' on all vs anything", t(["*"]), t([...WRITE_PERMISSIONS], [A, B]), true],
    [
      "unknown grants are never covered, even by '*'",
      t(["*"], [A]),
      t(["Analytics:Read" as Grant], [A]),
      false,
    ],
    [
      "a target with unknown grants under a narrow caller",
      t(["analytics:read"]),
      t(["Analytics:Read" as Grant]),
      false,
    ],
  ] as const)("%s → %s", (_who, caller, target, expected) => {
    expect(coversForRevoke(caller, target)).toBe(expected);
  });
});

describe("expiryWithinParent: a child expires no later than its parent", () => {
  const parent = { at: 1_000_000, shown: "2027-01-08T00:00:00.000Z" };
  it.each([
    ["parent never expires, child never", null, null, true],
    ["parent never expires, child any", null, 5_000_000, true],
    ["S78 parent expires, child never", parent, null, false],
    ["S78 parent expires, child 1 ms later", parent, 1_000_001, false],
    ["parent expires, child at the same instant", parent, 1_000_000, true],
    ["parent expires, child earlier", parent, 999_999, true],
    ["parent expires, child not a number", parent, Number.NaN, false],
  ] as const)("%s → %s", (_case, p, child, ok) => {
    const check = expiryWithinParent(p, child);
    expect(check.ok).toBe(ok);
    if (!check.ok) expect(check.message).toContain(parent.shown);
  });
});

describe("clampToParent: a narrowed parent brings its children back within it", () => {
  const b = (
    permissions: Grant[],
    websiteIds: string[] | "all" = "all",
    expiresAt: number | null = null,
  ): LineageBounds => ({ permissions, websiteIds, expiresAt });
  it.each([
    ["unchanged under '*' on all", b(["goals:read"], [A], 5), b(["*"]), b(["goals:read"], [A], 5)],
    [
      "'*' child under a listed parent takes the list",
      b(["*"]),
      b(["goals:read", "analytics:read"]),
      b(["analytics:read", "goals:read"]),
    ],
    ["permissions intersect", b(["goals:read", "goals:write"]), b(["goals:read"]), b(["goals:read"])],
    ["all websites under an allow-list takes it", b(["*"]), b(["*"], [A]), b(["*"], [A])],
    ["allow-lists intersect", b(["*"], [A, B]), b(["*"], [B]), b(["*"], [B])],
    ["never under an expiring parent takes its expiry", b(["*"]), b(["*"], "all", 7), b(["*"], "all", 7)],
    ["the earlier expiry wins", b(["*"], "all", 3), b(["*"], "all", 7), b(["*"], "all", 3)],
    ["no permission in common → nothing left", b(["goals:read"]), b(["analytics:read"]), null],
    ["no website in common → nothing left", b(["*"], [A]), b(["*"], [B]), null],
  ] as const)("%s", (_case, child, parent, expected) => {
    expect(clampToParent(child, parent)).toEqual(expected);
  });

  it("never widens: every clamped child is within both itself and its parent", () => {
    const grants: Grant[][] = [["*"], ["goals:read"], ["goals:read", "goals:write"], [...READ_PERMISSIONS]];
    const scopes: (string[] | "all")[] = ["all", [A], [B], [A, B]];
    for (const cp of grants)
      for (const pp of grants)
        for (const cs of scopes)
          for (const ps of scopes) {
            const clamped = clampToParent(b(cp, cs), b(pp, ps));
            if (clamped === null) continue;
            for (const grant of clamped.permissions) {
              expect(cp.includes("*") || cp.includes(grant)).toBe(true);
              expect(pp.includes("*") || pp.includes(grant)).toBe(true);
            }
            if (clamped.websiteIds !== "all")
              for (const id of clamped.websiteIds) {
                expect(cs === "all" || cs.includes(id)).toBe(true);
                expect(ps === "all" || ps.includes(id)).toBe(true);
              }
            else expect(cs === "all" && ps === "all").toBe(true);
          }
  });
});
