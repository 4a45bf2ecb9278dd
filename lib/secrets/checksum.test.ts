import { crc32 } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { crc32Ascii, encodeChecksum, withChecksum } from "./checksum";

describe("checksum", () => {
  it.each([
    ["", 0],
    ["a", 0xe8b7be43],
    ["123456789", 0xcbf43926], // the CRC-32 check value
  ])("S6 crc32Ascii(%j) is the standard CRC-32", (text, crc) => {
    expect(crc32Ascii(text, text.length)).toBe(crc);
  });

  it("S6 crc32Ascii agrees with zlib.crc32 on any ASCII prefix", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)) }),
        fc.nat(),
        (text, n) => {
          const end = text.length ? n % (text.length + 1) : 0;
          expect(crc32Ascii(text, end)).toBe(crc32(text.slice(0, end)));
        },
      ),
      { seed: 6, numRuns: 1_000 },
    );
  });

  it.each([
    [0, "000000"],
    [61, "00000z"],
    [62, "000010"],
    [62 ** 5, "100000"],
    [0xffffffff, "4gfFC3"],
  ])("S6 encodeChecksum(%d) is %s: fixed-width, zero-padded base62", (crc, text) => {
    expect(encodeChecksum(crc)).toBe(text);
  });

  it("S6 withChecksum appends the encoded CRC of everything before it", () => {
    expect(withChecksum("df_aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bD1fH")).toBe(
      "df_aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bD1fH14gWfx",
    );
  });
});
