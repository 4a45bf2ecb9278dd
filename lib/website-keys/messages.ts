import { WEBSITE_KEY_LIMIT } from "./schemas";

// Messages people see, kept in one place so the adapters and tests refer to the same text.
export const KEY_NOT_FOUND_MESSAGE = "Key not found.";
export const KEY_LIMIT_MESSAGE = `A website can have at most ${WEBSITE_KEY_LIMIT} active keys. Revoke one first.`;
export const KEY_ROLL_RACE_MESSAGE = "This key was just rolled or revoked; reload and try again.";
export const KEY_REVOKED_MESSAGE = "This key was revoked; it can't be rolled.";
