import { describe, expect, it } from "vitest";
import { COMMON_PASSWORD_MESSAGE, GUESSABLE_PASSWORD_MESSAGE, passwordProblem } from "./password-policy";

describe("passwordProblem", () => {
  it("refuses passwords from the breach list, also with digits and symbols around a common word", () => {
    for (const password of [
      "password12",
      "qwertyuiop",
      "Password123",
      "Summer2024!!",
      "1q2w3e4r5t",
      "monkey123456",
    ]) {
      expect(passwordProblem(password), password).toBe(COMMON_PASSWORD_MESSAGE);
    }
  });

  it("refuses passwords of too few different characters", () => {
    expect(passwordProblem("aaaaaaaaaa")).toBe(GUESSABLE_PASSWORD_MESSAGE);
    expect(passwordProblem("abababababab")).toBe(GUESSABLE_PASSWORD_MESSAGE);
  });

  it("accepts passphrases and random passwords", () => {
    for (const password of ["correct horse battery", "keyward-demo-2026", "pw-Zk3vQ9xLm2", "Tr0ub4dor&3x"]) {
      expect(passwordProblem(password), password).toBeNull();
    }
  });
});
