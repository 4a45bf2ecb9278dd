import { describe, expect, it } from "vitest";
import { BASE62_ALPHABET, BASE62_VALUE, BODY_LENGTH, CHECKSUM_LENGTH, SECRET_PREFIX } from "./format";

describe("format", () => {
  it("S10 states the format: df_ / dft_, 32 body chars, 6 checksum chars, 62 distinct symbols in 0-9A-Za-z order", () => {
    expect(SECRET_PREFIX).toEqual({ "website-key": "df_", "account-token": "dft_" });
    expect([BODY_LENGTH, CHECKSUM_LENGTH]).toEqual([32, 6]);
    expect(BASE62_ALPHABET).toMatch(/^0123456789[A-Z]{26}[a-z]{26}$/);
    expect(new Set(BASE62_ALPHABET).size).toBe(62);
    expect(BODY_LENGTH * Math.log2(62)).toBeGreaterThanOrEqual(190);
  });

  it("S5 the lookup table admits exactly the alphabet, mapping each symbol to its position", () => {
    expect(BASE62_VALUE.length).toBe(128);
    expect(BASE62_VALUE.filter((value) => value >= 0).length).toBe(62);
    for (const [i, symbol] of [...BASE62_ALPHABET].entries())
      expect(BASE62_VALUE[symbol.charCodeAt(0)], symbol).toBe(i);
  });
});
