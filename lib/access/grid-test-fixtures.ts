import type { AuthorizeContext } from "./authorize";
import type { Operation } from "./operations";
import type { Grant } from "./permissions";
import type { Principal } from "./principal";
import type { Role } from "./roles";

// Test data, imported only by tests (the barrel leaves it out): the grid of
// shared/SECURITY-MATRIX.md as data, so unit tests here and the HTTP and e2e tests iterate the
// very same cells. "anonymous" and "revoked, expired, rolled past grace" are
// not here: they are refused before any principal exists (401), which lib/access never sees.

/** The grid's two websites; operations target A unless a row says otherwise. */
export type GridSite = "A" | "B";
export type Outcome = "ok" | "forbidden";

/** Operation classes O1…O6 and the concrete operations each stands for. */
export const GRID_CLASSES = Object.freeze({
  O1: ["analytics.read", "settings.read", "api-keys.read", "team.read"],
  O2: ["goals.write", "funnels.write", "alerts.write", "settings.write"],
  O3: ["api-keys.write"],
  O4: ["team.invite", "team.change-role", "team.remove"],
  O5: ["website.delete"],
  O6: ["tokens.read", "tokens.write"],
} as const satisfies Record<string, readonly Operation[]>);

export type GridClass = keyof typeof GRID_CLASSES;

/** One outcome for the whole class, or one per operation when the class is split. */
type ClassOutcome<C extends GridClass> =
  Outcome | Readonly<Record<(typeof GRID_CLASSES)[C][number], Outcome>>;
export type GridExpectation = { readonly [C in GridClass]: ClassOutcome<C> };

type RowBase = { who: string; target: GridSite; expect: GridExpectation };
export type GridRow = RowBase &
  (
    | { credential: "session"; role: Role | null }
    | {
        credential: "account-token";
        /** The token's user's current role on the target website. */
        role: Role | null;
        token: { permissions: readonly Grant[]; websiteIds: readonly GridSite[] | "all" };
      }
    | { credential: "website-key"; keyOf: GridSite }
  );

const F = "forbidden";

// Arguments in the matrix's column order, so each line reads like the printed row.
function cells(
  O1: ClassOutcome<"O1">,
  O2: ClassOutcome<"O2">,
  O3: ClassOutcome<"O3">,
  O4: ClassOutcome<"O4">,
  O5: ClassOutcome<"O5">,
  O6: ClassOutcome<"O6">,
): GridExpectation {
  return { O1, O2, O3, O4, O5, O6 };
}

function session(who: string, role: Role | null, expect: GridExpectation): GridRow {
  return { who, credential: "session", role, target: "A", expect };
}

function token(
  who: string,
  role: Role | null,
  permissions: Grant[],
  websiteIds: GridSite[] | "all",
  expect: GridExpectation,
): GridRow {
  return { who, credential: "account-token", role, token: { permissions, websiteIds }, target: "A", expect };
}

function keyOfA(who: string, target: GridSite, expect: GridExpectation): GridRow {
  return { who, credential: "website-key", keyOf: "A", target, expect };
}

// SECURITY-MATRIX: "200 analytics only".
const ANALYTICS_ONLY = {
  "analytics.read": "ok",
  "settings.read": F,
  "api-keys.read": F,
  "team.read": F,
} as const;

export const GRID: readonly GridRow[] = Object.freeze([
  session("S owner of A", "owner", cells("ok", "ok", "ok", "ok", "ok", "ok")),
  session("S member of A", "member", cells("ok", "ok", "ok", F, F, "ok")),
  session("S viewer of A", "viewer", cells("ok", F, F, F, F, "ok")),
  session("S not a member of A", null, cells(F, F, F, F, F, "ok")),
  token('T "*", user owner of A', "owner", ["*"], "all", cells("ok", "ok", "ok", "ok", "ok", "ok")),
  token('T "*", user member of A', "member", ["*"], "all", cells("ok", "ok", "ok", F, F, "ok")),
  token('T "*", user viewer of A', "viewer", ["*"], "all", cells("ok", F, F, F, F, "ok")),
  token(
    'T "analytics:read", user owner of A',
    "owner",
    ["analytics:read"],
    "all",
    cells(ANALYTICS_ONLY, F, F, F, F, F),
  ),
  token('T "*", user removed from A', null, ["*"], "all", cells(F, F, F, F, F, "ok")),
  // The user owns A, so the allow-list alone refuses.
  token('T "*" with allow-list [B], used on A', "owner", ["*"], ["B"], cells(F, F, F, F, F, "ok")),
  keyOfA("K of A, on A", "A", cells("ok", "ok", "ok", F, F, F)),
  keyOfA("K of A, on B", "B", cells(F, F, F, F, F, F)),
]);

export type GridCell = {
  row: GridRow;
  who: string;
  opClass: GridClass;
  operation: Operation;
  expected: Outcome;
};

/** Every cell of the grid, one per row × concrete operation. */
export function gridCells(): GridCell[] {
  return GRID.flatMap((row) =>
    (Object.keys(GRID_CLASSES) as GridClass[]).flatMap((opClass) =>
      GRID_CLASSES[opClass].map((operation: Operation) => {
        const outcome = row.expect[opClass] as Outcome | Readonly<Record<string, Outcome>>;
        const expected = typeof outcome === "string" ? outcome : (outcome[operation] ?? F);
        return { row, who: row.who, opClass, operation, expected };
      }),
    ),
  );
}

export type GridCase = { principal: Principal; ctx: AuthorizeContext };

/** The principal and authorize context a row stands for, given real ids for A and B. */
export function gridCase(row: GridRow, sites: Readonly<Record<GridSite, string>>): GridCase {
  const websiteId = sites[row.target];
  switch (row.credential) {
    case "session":
      return { principal: { kind: "session", userId: "grid-user" }, ctx: { websiteId, role: row.role } };
    case "account-token": {
      const { permissions, websiteIds } = row.token;
      const scope = websiteIds === "all" ? "all" : websiteIds.map((site) => sites[site]);
      const principal: Principal = {
        kind: "account-token",
        userId: "grid-user",
        tokenId: "grid-token",
        permissions,
        websiteIds: scope,
      };
      return { principal, ctx: { websiteId, role: row.role } };
    }
    case "website-key":
      // A key's website comes from the key; its person's role is not passed (null: a key whose
      // person left or is unknown acts as a member, as one whose person is the owner does).
      return {
        principal: { kind: "website-key", keyId: "grid-key", websiteId: sites[row.keyOf] },
        ctx: { websiteId, role: null },
      };
  }
}
