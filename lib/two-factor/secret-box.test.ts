import { describe, expect, it } from "vitest";
import { openSecret, sealSecret } from "./secret-box";

const KEY = "k".repeat(32);
const OTHER_KEY = "o".repeat(32);
const USER = "0193a000-0000-7000-8000-000000000001";
const OTHER_USER = "0193a000-0000-7000-8000-000000000002";

/** The box with one base64url part changed by one bit. */
function flipped(sealed: string, part: number): string {
  const parts = sealed.split(".");
  const bytes = Buffer.from(parts[part] ?? "", "base64url");
  bytes[0] = (bytes[0] ?? 0) ^ 1;
  parts[part] = bytes.toString("base64url");
  return parts.join(".");
}

describe("secret box", () => {
  it("opens what it sealed, and never shows the plaintext", () => {
    const sealed = sealSecret("JBSWY3DPEHPK3PXP", USER, KEY);
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(openSecret(sealed, USER, KEY)).toBe("JBSWY3DPEHPK3PXP");
  });

  it("seals the same secret differently each time (a fresh IV)", () => {
    expect(sealSecret("same", USER, KEY)).not.toBe(sealSecret("same", USER, KEY));
  });

  it("refuses another app secret, another person, and any altered part", () => {
    const sealed = sealSecret("JBSWY3DPEHPK3PXP", USER, KEY);
    expect(() => openSecret(sealed, USER, OTHER_KEY)).toThrow();
    expect(() => openSecret(sealed, OTHER_USER, KEY)).toThrow();
    for (const part of [1, 2, 3]) expect(() => openSecret(flipped(sealed, part), USER, KEY)).toThrow();
    expect(() => openSecret("v2" + sealed.slice(2), USER, KEY)).toThrow();
    expect(() => openSecret("JBSWY3DPEHPK3PXP", USER, KEY)).toThrow();
  });
});
