import { describe, expect, it } from "vitest";
import { NO_WEBSITE_ACCESS_MESSAGE, authorize } from "./authorize";
import { GRID, GRID_CLASSES, gridCase, gridCells } from "./grid-test-fixtures";

const SITES = { A: "site-a", B: "site-b" } as const;

describe("the security-matrix grid", () => {
  it("S1 grid: has every row of the matrix that reaches lib/access, and O1…O6 as contracted", () => {
    expect(GRID.map((row) => row.who)).toEqual([
      "S owner of A",
      "S member of A",
      "S viewer of A",
      "S not a member of A",
      'T "*", user owner of A',
      'T "*", user member of A',
      'T "*", user viewer of A',
      'T "analytics:read", user owner of A',
      'T "*", user removed from A',
      'T "*" with allow-list [B], used on A',
      "K of A, on A",
      "K of A, on B",
    ]);
    expect(GRID_CLASSES).toEqual({
      O1: ["analytics.read", "settings.read", "api-keys.read", "team.read"],
      O2: ["goals.write", "funnels.write", "alerts.write", "settings.write"],
      O3: ["api-keys.write"],
      O4: ["team.invite", "team.change-role", "team.remove"],
      O5: ["website.delete"],
      O6: ["tokens.read", "tokens.write"],
    });
    expect(gridCells()).toHaveLength(12 * 15);
  });

  // Both directions: every "ok" cell must pass and every "forbidden" cell must be refused.
  it.each(gridCells())("S1 grid: $who $operation → $expected", ({ row, operation, expected }) => {
    const { principal, ctx } = gridCase(row, SITES);
    const decision = authorize(principal, operation, ctx);
    if (expected === "ok") expect(decision).toEqual({ ok: true });
    else expect(decision).toEqual({ ok: false, code: "FORBIDDEN", message: expect.any(String) });
  });

  const OUTSIDERS = [
    "S not a member of A",
    'T "*", user removed from A',
    'T "*" with allow-list [B], used on A',
    "K of A, on B",
  ];
  const outsiderCells = gridCells().filter((cell) => OUTSIDERS.includes(cell.who) && cell.opClass !== "O6");
  it.each(outsiderCells)(
    "S1 grid: $who $operation is refused as if the website did not exist",
    ({ row, operation }) => {
      const { principal, ctx } = gridCase(row, SITES);
      expect(authorize(principal, operation, ctx)).toEqual({
        ok: false,
        code: "FORBIDDEN",
        message: NO_WEBSITE_ACCESS_MESSAGE,
      });
      expect(authorize(principal, operation, { ...ctx, websiteId: "no-such-website" })).toEqual(
        authorize(principal, operation, ctx),
      );
    },
  );

  it('S1 grid: a "T analytics:read" owner reads analytics only', () => {
    const cells = gridCells().filter(
      (cell) => cell.who === 'T "analytics:read", user owner of A' && cell.expected === "ok",
    );
    expect(cells.map((cell) => cell.operation)).toEqual(["analytics.read"]);
  });
});
