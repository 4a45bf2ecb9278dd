import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { currentIndex, currentMatrixRows, INDEX_PATH, renderIndex, testsByRow } from "./security-index";

describe("security matrix index", () => {
  it("reads every row of the matrix", () => {
    const rows = currentMatrixRows().map((r) => r.row);
    expect(rows.length).toBeGreaterThanOrEqual(75);
    expect(rows).toEqual(rows.map((_, i) => i + 1));
  });

  it("every row of the matrix has at least one named test", () => {
    const byRow = testsByRow();
    const missing = currentMatrixRows()
      .filter(({ row }) => (byRow.get(row) ?? []).length === 0)
      .map(({ row, attack }) => `S${row} ${attack}`);
    expect(missing).toEqual([]);
  });

  it("docs/security-tests.md is current (regenerate: npx tsx scripts/security-index.ts)", () => {
    expect(readFileSync(INDEX_PATH, "utf8")).toBe(currentIndex());
  });

  it("renders a row without tests as none, and escapes table pipes", () => {
    const text = renderIndex(
      [
        { row: 1, attack: "a | b" },
        { row: 2, attack: "c" },
      ],
      new Map([[1, [{ file: "x.test.ts", title: "S1 p|q" }]]]),
    );
    expect(text).toContain("| 1 | a \\| b | `x.test.ts`: S1 p\\|q |");
    expect(text).toContain("| 2 | c | **none** |");
  });
});
