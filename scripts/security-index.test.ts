import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  currentIndex,
  currentMatrixRows,
  currentNextRows,
  INDEX_PATH,
  renderIndex,
  testsByRow,
} from "./security-index";

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

  it("lists the rows arriving with open issues after the matrix, a row without tests as pending", () => {
    const next = currentNextRows().map((r) => r.row);
    expect(next[0]).toBe(currentMatrixRows().length + 1);
    const text = renderIndex(
      [{ row: 1, attack: "a" }],
      new Map([[2, [{ file: "y.test.ts", title: "S2 b" }]]]),
      [
        { row: 2, attack: "b" },
        { row: 3, attack: "c" },
      ],
    );
    expect(text.indexOf("| 1 | a |")).toBeLessThan(text.indexOf("## Rows arriving with the open issues"));
    expect(text).toContain("| 2 | b | `y.test.ts`: S2 b |");
    expect(text).toContain("| 3 | c | pending |");
  });
});
