import { describe, expect, it } from "vitest";
import { quoted, safeText } from "./safe-text";
import { show } from "./test-fixtures";

describe("safeText", () => {
  it.each(
    (
      [
        ["analytics:read", "analytics:read"],
        ["cm1x2y3z4", "cm1x2y3z4"],
        ["", ""],
        ["a\u0000b", "a\\u0000b"],
        ["line\nforged: entry", "line\\u000aforged: entry"],
        ["\r\t\u001b[31m", "\\u000d\\u0009\\u001b[31m"],
        ["\u007f", "\\u007f"],
        ["\u202eevil", "\\u202eevil"],
        ["zero\u200bwidth", "zero\\u200bwidth"],
        ["df\uff3f", "df\\uff3f"],
        ["\ud83d\ude00", "\\ud83d\\ude00"],
        ["\ud800", "\\ud800"],
        ['say "hi" \\', 'say \\"hi\\" \\\\'],
        ["y".repeat(40), "y".repeat(40)],
        ["z".repeat(41), `${"z".repeat(40)}…`],
        ["q".repeat(10_000), `${"q".repeat(40)}…`],
      ] as const
    ).map(([input, shown]) => ({ label: show(input), input, shown })),
  )("$label", ({ input, shown }) => {
    expect(safeText(input)).toBe(shown);
    expect(quoted(input)).toBe(`"${shown}"`);
  });
});
