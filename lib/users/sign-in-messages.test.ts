import { describe, expect, it } from "vitest";
import {
  CODE_NOT_VALID,
  SECOND_FACTOR_INVALID,
  SECOND_FACTOR_REQUIRED,
  SIGN_IN_FAILED,
  signInErrorMessage,
  throttledSignInError,
} from "./sign-in-messages";

describe("sign-in messages", () => {
  it("turn next-auth's error values into words, one message for every plain failure", () => {
    expect(signInErrorMessage(SECOND_FACTOR_REQUIRED)).toBe(
      "Enter the code from your authenticator app, or a recovery code.",
    );
    expect(signInErrorMessage(SECOND_FACTOR_INVALID)).toBe(CODE_NOT_VALID);
    expect(signInErrorMessage(throttledSignInError(90))).toBe("Too many attempts — try again in 2 minutes.");
    for (const error of ["CredentialsSignin", "", null, undefined, "TooManyAttempts:x"])
      expect(signInErrorMessage(error)).toBe(SIGN_IN_FAILED);
  });
});
