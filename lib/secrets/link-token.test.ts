import { describe, expect, it } from "vitest";
import { digestLinkToken, generateLinkToken } from "./link-token";

describe("link tokens", () => {
  it("1 000 invitation link tokens are 43 base62 chars (≥ 256 bits), unique, digested with SHA-256", () => {
    const tokens = new Set<string>();
    for (let i = 0; i < 1_000; i++) {
      const { token, digest } = generateLinkToken();
      expect(token).toMatch(/^[0-9A-Za-z]{43}$/);
      expect(digest).toEqual(digestLinkToken(token));
      expect(digest.byteLength).toBe(32);
      tokens.add(token);
    }
    expect(tokens.size).toBe(1_000);
    expect(43 * Math.log2(62)).toBeGreaterThanOrEqual(256);
  });

  it.each([["abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"]])(
    "digestLinkToken(%j) is SHA-256 of the token",
    (token, digest) => {
      expect(Buffer.from(digestLinkToken(token)).toString("hex")).toBe(digest);
    },
  );
});
