import { describe, expect, it } from "vitest";
import { expiresAtOf, graceOf, listOf } from "./durations";

const now = new Date("2026-12-06T00:00:00.000Z");

describe("expiresAtOf", () => {
  it("turns durations and dates into instants; never into null", () => {
    expect(expiresAtOf("30d", now)).toBe("2027-01-05T00:00:00.000Z");
    expect(expiresAtOf("12h", now)).toBe("2026-12-06T12:00:00.000Z");
    expect(expiresAtOf("2027-01-31", now)).toBe("2027-01-31T23:59:59.999Z");
    expect(expiresAtOf("never", now)).toBeNull();
  });

  it("refuses anything else as a usage error (exit 2)", () => {
    for (const text of ["0d", "30", "2027-02-30", "soon"])
      expect(() => expiresAtOf(text, now)).toThrow(expect.objectContaining({ exitCode: 2 }));
  });
});

describe("listOf", () => {
  it("splits on commas and drops blanks", () => {
    expect(listOf(" a, b,,c ")).toEqual(["a", "b", "c"]);
    expect(listOf(undefined)).toEqual([]);
  });
});

describe("graceOf", () => {
  it("takes the API's grace choices, whatever the case", () => {
    expect(["none", "1h", "24H", " 7d "].map(graceOf)).toEqual(["none", "1h", "24h", "7d"]);
  });

  it("refuses anything else as a usage error (exit 2)", () => {
    for (const text of ["2h", "14d", "", "soon"])
      expect(() => graceOf(text)).toThrow(expect.objectContaining({ exitCode: 2 }));
  });
});
