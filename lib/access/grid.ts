import type { AuthorizeContext } from "./authorize";
import type { Operation } from "./operations";
import type { Grant } from "./permissions";
import type { Principal } from "./principal";
import type { Role } from "./roles";

// The grid of shared/SECURITY-MATRIX.md as data, so unit tests here and the HTTP and e2e tests
// later iterate the very same cells. "anonymous" and "revoked, expired, rolled past grace" are
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
type ClassOutcome<C extends GridClass> = Outcome | Readonly<Record<(typeof GRID_CLASSES)[C][number], Outcome>>;
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
function expect(
  O1: ClassOutcome<"O1">,
  O2: ClassOutcome<"O2">,
  O3: ClassOutcome<"O3">,
  O4: ClassOutcome<"O4">,
  O5: ClassOutcome<"O5">,
  O6: ClassOutcome<"O6">,
): GridExpectation {
  return { O1, O2, O3, O4, O5, O6 };
}

const STAR = { permissions: ["*"], websiteIds: "all" } as const;
const ANALYTICS_ONLY = { "analytics.read": "ok", "settings.read": F, "api-keys.read": F, "team.read": F } as const;

export const GRID: readonly GridRow[] = Object.freeze([
  { who: "S owner of A", credential: "session", role: "owner", target: "A", expect: expect("ok", "ok", "ok", "ok", "ok", "ok") },
  { who: "S member of A", credential: "session", role: "member", target: "A", expect: expect("ok", "ok", "ok", F, F, "ok") },
  { who: "S viewer of A", credential: "session", role: "viewer", target: "A", expect: expect("ok", F, F, F, F, "ok") },
  { who: "S not a member of A", credential: "session", role: null, target: "A", expect: expect(F, F, F, F, F, "ok") },
  { who: 'T "*", user owner of A', credential: "account-token", role: "owner", token: STAR, target: "A", expect: expect("ok", "ok", "ok", "ok", "ok", "ok") },
  { who: 'T "*", user member of A', credential: "account-token", role: "member", token: STAR, target: "A", expect: expect("ok", "ok", "ok", F, F, "ok") },
  { who: 'T "*", user viewer of A', credential: "account-token", role: "viewer", token: STAR, target: "A", expect: expect("ok", F, F, F, F, "ok") },
  { who: 'T "analytics:read", user owner of A', credential: "account-token", role: "owner", token: { permissions: ["analytics:read"], websiteIds: "all" }, target: "A", expect: expect(ANALYTICS_ONLY, F, F, F, F, F) },
  { who: 'T "*", user removed from A', credential: "account-token", role: null, token: STAR, target: "A", expect: expect(F, F, F, F, F, "ok") },
  // The user owns A, so the allow-list alone refuses.
  { who: 'T "*" with allow-list [B], used on A', credential: "account-token", role: "owner", token: { permissions: ["*"], websiteIds: ["B"] }, target: "A", expect: expect(F, F, F, F, F, "ok") },
  { who: "K of A, on A", credential: "website-key", keyOf: "A", target: "A", expect: expect("ok", "ok", "ok", F, F, F) },
  { who: "K of A, on B", credential: "website-key", keyOf: "A", target: "B", expect: expect(F, F, F, F, F, F) },
]);

export type GridCell = { row: GridRow; who: string; opClass: GridClass; operation: Operation; expected: Outcome };

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

/** The principal and authorize context a row stands for, given real ids for A and B. */
export function gridCase(row: GridRow, sites: Readonly<Record<GridSite, string>>): { principal: Principal; ctx: AuthorizeContext } {
  const websiteId = sites[row.target];
  switch (row.credential) {
    case "session":
      return { principal: { kind: "session", userId: "grid-user" }, ctx: { websiteId, role: row.role } };
    case "account-token": {
      const { permissions, websiteIds } = row.token;
      const scope = websiteIds === "all" ? "all" : websiteIds.map((site) => sites[site]);
      const principal: Principal = { kind: "account-token", userId: "grid-user", tokenId: "grid-token", permissions, websiteIds: scope };
      return { principal, ctx: { websiteId, role: row.role } };
    }
    case "website-key":
      // A key's website comes from the key; no role is passed because none applies.
      return { principal: { kind: "website-key", keyId: "grid-key", websiteId: sites[row.keyOf] }, ctx: { websiteId, role: null } };
  }
}
