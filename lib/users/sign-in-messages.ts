// Shared by the server (which encodes the refusal in next-auth's `error` value) and the sign-in
// form (which decodes it). Neither message says whether the email is registered.

export const SIGN_IN_FAILED = "Email or password is incorrect.";

// Sign-in's two required fields (signInSchema). The form checks only these in the browser, with
// react-hook-form's own rules: the rest is the server's, and zod stays off the sign-in page.
export const EMAIL_MISSING = "Enter your email address.";
export const PASSWORD_MISSING = "Enter your password.";

/** next-auth's `error` value when the password was right and a second factor must follow. */
export const SECOND_FACTOR_REQUIRED = "SECOND_FACTOR_REQUIRED";
/** next-auth's `error` value for a wrong authentication or recovery code. */
export const SECOND_FACTOR_INVALID = "SECOND_FACTOR_INVALID";

export const CODE_NOT_VALID = "That code is not valid.";
const CODE_NEEDED = "Enter the code from your authenticator app, or a recovery code.";

const THROTTLED_PREFIX = "TooManyAttempts:";

/** next-auth's `error` value for a throttled sign-in, carrying the seconds to wait. */
export function throttledSignInError(retryAfterSeconds: number): string {
  return `${THROTTLED_PREFIX}${Math.max(1, Math.ceil(retryAfterSeconds))}`;
}

/** The seconds to wait, when `error` is a throttled sign-in; otherwise null. */
export function throttledSeconds(error: string | null | undefined): number | null {
  if (!error?.startsWith(THROTTLED_PREFIX)) return null;
  const seconds = Number(error.slice(THROTTLED_PREFIX.length));
  return Number.isInteger(seconds) && seconds > 0 ? seconds : null;
}

export function tooManyAttemptsMessage(retryAfterSeconds: number): string {
  if (retryAfterSeconds < 60) {
    const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
    return `Too many attempts — try again in ${seconds} ${seconds === 1 ? "second" : "seconds"}.`;
  }
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return `Too many attempts — try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}

/** What the sign-in form shows for next-auth's `error` value: one message for every plain failure. */
export function signInErrorMessage(error: string | null | undefined): string {
  if (error === SECOND_FACTOR_REQUIRED) return CODE_NEEDED;
  if (error === SECOND_FACTOR_INVALID) return CODE_NOT_VALID;
  const seconds = throttledSeconds(error);
  return seconds === null ? SIGN_IN_FAILED : tooManyAttemptsMessage(seconds);
}
