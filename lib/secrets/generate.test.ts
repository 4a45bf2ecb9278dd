import { describe, expect, it } from "vitest";
import { digestSecret, displayKey } from "./digest";
import { BASE62_ALPHABET, type SecretKind } from "./format";
import { generateSecret } from "./generate";
import { parseSecret } from "./parse";

const COUNT = 10_000;
const SHAPE: Record<SecretKind, RegExp> = {
  "website-key": /^df_[0-9A-Za-z]{38}$/,
  "account-token": /^dft_[0-9A-Za-z]{38}$/,
};

describe("generateSecret", () => {
  it.each(Object.keys(SHAPE) as SecretKind[])(
    "S10 10 000 generated %s secrets are well-formed, checksummed, unique, with matching digest and display form",
    (kind) => {
      const raws = new Set<string>();
      const digests = new Set<string>();
      for (let i = 0; i < COUNT; i++) {
        const secret = generateSecret(kind);
        expect(secret.raw).toMatch(SHAPE[kind]);
        expect(parseSecret(secret.raw)).toEqual({ ok: true, kind, raw: secret.raw });
        expect(secret.digest).toEqual(digestSecret(secret.raw));
        expect(secret.displayKey).toBe(displayKey(secret.raw));
        raws.add(secret.raw);
        digests.add(Buffer.from(secret.digest).toString("hex"));
      }
      expect(raws.size).toBe(COUNT);
      expect(digests.size).toBe(COUNT);
    },
  );

  // 320 000 body chars, 5 161 expected per symbol (σ ≈ 72). `% 62` without rejection would put
  // digits 0–7 at +21% — inside a ±25% band, so the chi-square bound is what catches bias:
  // unbiased χ²(61 df) exceeds 150 with p < 1e-9; modulo bias scores about 2 000.
  it("S10 body symbols are uniform across the alphabet (no modulo bias)", () => {
    const counts = new Map<string, number>([...BASE62_ALPHABET].map((c) => [c, 0]));
    for (let i = 0; i < COUNT; i++) {
      const { raw } = generateSecret(i % 2 ? "account-token" : "website-key");
      for (const c of raw.slice(raw.indexOf("_") + 1, -6)) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    expect(counts.size).toBe(62);
    const expected = (COUNT * 32) / 62;
    let chiSquare = 0;
    for (const [symbol, count] of counts) {
      expect(Math.abs(count - expected) / expected, `symbol ${symbol}`).toBeLessThan(0.25);
      chiSquare += (count - expected) ** 2 / expected;
    }
    expect(chiSquare).toBeLessThan(150);
  });
});
