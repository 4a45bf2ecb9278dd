import { Secret, TOTP } from "otpauth";
import { describe, expect, it } from "vitest";
import { groupedKey, matchingStep, newTotpSecret, totpCodeFrom, totpUri } from "./totp";

// RFC 6238 appendix B: the SHA-1 seed "12345678901234567890", eight-digit codes; six-digit
// codes are their last six digits (the truncation is the same, modulo 10^6).
const RFC_SECRET = Secret.fromLatin1("12345678901234567890").base32;
const RFC_VECTORS = [
  { seconds: 59, code: "287082" },
  { seconds: 1111111109, code: "081804" },
  { seconds: 1234567890, code: "005924" },
  { seconds: 2000000000, code: "279037" },
];

function codeAt(secret: string, ms: number): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: ms });
}

describe("TOTP", () => {
  it("matches the RFC 6238 SHA-1 test vectors, returning the step of each", () => {
    for (const { seconds, code } of RFC_VECTORS)
      expect(matchingStep(RFC_SECRET, code, seconds * 1000)).toBe(Math.floor(seconds / 30));
  });

  it("accepts the previous and next step, not two steps away", () => {
    const secret = newTotpSecret();
    const now = 1_800_000_015_000;
    const step = Math.floor(now / 30_000);
    expect(matchingStep(secret, codeAt(secret, now - 30_000), now)).toBe(step - 1);
    expect(matchingStep(secret, codeAt(secret, now + 30_000), now)).toBe(step + 1);
    expect(matchingStep(secret, codeAt(secret, now - 60_000), now)).toBeNull();
    expect(matchingStep(secret, codeAt(secret, now + 60_000), now)).toBeNull();
  });

  it("refuses another secret's code and anything that is not six digits", () => {
    const now = 1_800_000_015_000;
    const secret = newTotpSecret();
    const code = codeAt(secret, now);
    expect(matchingStep(newTotpSecret(), code, now)).toBeNull();
    for (const input of ["", "12345", "1234567", "abcdef", `${code}0`, code.replace(/\d$/, "x")])
      expect(matchingStep(secret, input, now)).toBeNull();
  });

  it("ignores spaces in a typed code", () => {
    expect(totpCodeFrom(" 123 456 ")).toBe("123456");
    expect(totpCodeFrom("123-456")).toBeNull();
  });

  it("makes 160-bit base32 secrets, different each time, grouped by four for typing", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    expect(groupedKey("ABCDEFGHIJ")).toBe("ABCD EFGH IJ");
  });

  it("describes the secret for authenticator apps", () => {
    const uri = new URL(totpUri(RFC_SECRET, "ada@example.test"));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.host).toBe("totp");
    expect(decodeURIComponent(uri.pathname)).toBe("/Keyward:ada@example.test");
    expect(Object.fromEntries(uri.searchParams)).toEqual({
      issuer: "Keyward",
      secret: RFC_SECRET,
      algorithm: "SHA1",
      digits: "6",
      period: "30",
    });
  });
});
