import "server-only";
import { AppError } from "@/lib/errors";
import commonPasswords from "./common-passwords.json";

// Beyond the length the shared schema checks (forms check it too), a new password must not be
// one that attackers try first. The list ships with the project (scripts/common-passwords.mjs
// derives it from zxcvbn's breach list): no network at run time, and the browser never loads it.

const COMMON = new Set(commonPasswords.words);
const MIN_DISTINCT_CHARACTERS = 5;

export const COMMON_PASSWORD_MESSAGE =
  "This password is on a list of common or breached passwords. Choose another.";
export const GUESSABLE_PASSWORD_MESSAGE =
  "This password repeats too few characters to be safe. Choose another.";

/** The letters of a password without the digits and symbols around them ("Summer2024!" → "summer"). */
function stem(password: string): string {
  return password.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
}

/** Why this (length-checked) password is refused, or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  if (new Set(password.toLowerCase()).size < MIN_DISTINCT_CHARACTERS) return GUESSABLE_PASSWORD_MESSAGE;
  if (COMMON.has(password.toLowerCase()) || COMMON.has(stem(password))) return COMMON_PASSWORD_MESSAGE;
  return null;
}

/** Throws INVALID on `field` when the new password is too easy to guess. */
export function assertAcceptablePassword(password: string, field: string): void {
  const problem = passwordProblem(password);
  if (problem) throw new AppError("INVALID", problem, { field });
}
