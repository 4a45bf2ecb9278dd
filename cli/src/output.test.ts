import { describe, expect, it } from "vitest";
import { exitCodeForStatus } from "./exit-codes";
import { colourAllowed, formatTable } from "./output";

describe("output", () => {
  it("aligns table columns and shows missing values as —", () => {
    const table = formatTable(
      [
        { id: "1", name: "short", at: null },
        { id: "22", name: "a longer name", at: "2026" },
      ],
      [
        { header: "ID", value: (row) => row.id },
        { header: "NAME", value: (row) => row.name },
        { header: "AT", value: (row) => row.at },
      ],
    );
    expect(table.split("\n")).toEqual([
      "ID  NAME           AT",
      "1   short          —",
      "22  a longer name  2026",
    ]);
  });

  it("uses colour only on a terminal without NO_COLOR", () => {
    expect(colourAllowed({ write: () => true, isTTY: true }, {})).toBe(true);
    expect(colourAllowed({ write: () => true, isTTY: true }, { NO_COLOR: "" })).toBe(false);
    expect(colourAllowed({ write: () => true }, {})).toBe(false);
  });

  it("maps API statuses to exit codes", () => {
    expect([401, 403, 404, 409, 429, 500].map(exitCodeForStatus)).toEqual([3, 4, 5, 6, 7, 1]);
  });
});
