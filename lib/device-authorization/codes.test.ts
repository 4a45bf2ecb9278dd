import { describe, expect, it } from "vitest";
import { digestUserCode, generateDeviceCodes } from "./codes";
import { formatUserCode, normalizeUserCode, USER_CODE_ALPHABET } from "./schemas";

describe("device sign-in codes", () => {
  it("user codes are 8 letters of the unambiguous alphabet; device codes are long base62", () => {
    for (let i = 0; i < 200; i += 1) {
      const { userCode, deviceCode } = generateDeviceCodes();
      expect(userCode).toMatch(/^[BCDFGHJKLMNPQRSTVWXZ]{8}$/);
      expect(deviceCode).toMatch(/^[0-9A-Za-z]{43}$/);
    }
    expect(USER_CODE_ALPHABET).not.toMatch(/[AEIOU01]/);
  });

  it("stores digests that are not the codes", () => {
    const codes = generateDeviceCodes();
    expect(Buffer.from(codes.userCodeDigest).toString("utf8")).not.toContain(codes.userCode);
    expect(codes.deviceCodeDigest).toHaveLength(32);
    expect(Buffer.from(codes.userCodeDigest)).toEqual(Buffer.from(digestUserCode(codes.userCode)));
  });

  it.each([
    ["BCDF-GHJK", "BCDFGHJK"],
    ["bcdf ghjk", "BCDFGHJK"],
    ["bcdfghjk", "BCDFGHJK"],
    ["BCDF-GHJ", null],
    ["BCDF-GHJA", null],
    ["BCDF-GHJ0", null],
    ["", null],
  ])("normalizes %j to %j", (typed, expected) => {
    expect(normalizeUserCode(typed)).toBe(expected);
  });

  it("shows a code as XXXX-XXXX", () => {
    expect(formatUserCode("BCDFGHJK")).toBe("BCDF-GHJK");
  });
});
