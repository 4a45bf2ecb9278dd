import { describe, expect, it } from "vitest";
import {
  canonicalRecoveryCode,
  newRecoveryCodes,
  RECOVERY_CODE_COUNT,
  recoveryCodeDigest,
} from "./recovery-codes";

describe("recovery codes", () => {
  it("come ten at a time, distinct, as two groups of five typable symbols", () => {
    const codes = newRecoveryCodes().map(({ code }) => code);
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}$/);
    expect(newRecoveryCodes().map(({ code }) => code)).not.toEqual(codes);
  });

  it("are read whatever the case, spacing and dash, with i, l and o as 1, 1 and 0", () => {
    expect(canonicalRecoveryCode("7k3mq-x9d2a")).toBe("7k3mqx9d2a");
    expect(canonicalRecoveryCode(" 7K3MQ X9D2A ")).toBe("7k3mqx9d2a");
    expect(canonicalRecoveryCode("7k3mqx9d2a")).toBe("7k3mqx9d2a");
    expect(canonicalRecoveryCode("abcdo-ilxyz")).toBe("abcd011xyz");
  });

  it("refuse anything that cannot be a code", () => {
    for (const input of [
      "",
      "123456",
      "7k3mq-x9d2",
      "7k3mq-x9d2aa",
      "7k3mq-x9d2u",
      "7k3mq_x9d2a",
      "7k3mq-x9d2é",
    ])
      expect(canonicalRecoveryCode(input)).toBeNull();
  });

  it("are stored as SHA-256 digests of the canonical form", () => {
    // printf 7k3mqx9d2a | sha256sum
    const expected = "ab32ae7a9fd492248d2510aa032c123334c51cfbe56a078fa7ce3fc013c8bd5b";
    for (const typed of ["7k3mqx9d2a", "7K3MQ-X9D2A"])
      expect(Buffer.from(recoveryCodeDigest(typed) ?? []).toString("hex")).toBe(expected);
    expect(recoveryCodeDigest("7k3mq-x9d2")).toBeNull();
    for (const { code, digest } of newRecoveryCodes()) expect(recoveryCodeDigest(code)).toEqual(digest);
  });
});
