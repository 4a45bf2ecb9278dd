import { WEBSITE_KEY_LIMIT } from "./key-limit";

// Messages people see, kept in one place so the adapters and tests refer to the same text.
export const KEY_NOT_FOUND_MESSAGE = "Key not found.";
export const KEY_LIMIT_MESSAGE = `A website can have at most ${WEBSITE_KEY_LIMIT} active keys. Revoke one first.`;
export const KEY_ROLL_RACE_MESSAGE = "This key was just rolled or revoked; reload and try again.";
export const KEY_REVOKED_MESSAGE = "This key was revoked; it can't be rolled.";
export const KEY_EXPIRED_MESSAGE = "This key has expired; create a new one.";
export const KEY_NO_GRACE_MESSAGE =
  "This key's old secret has already stopped working: there is no grace period to end.";
export const KEY_REVOKED_GRACE_MESSAGE = "This key was revoked: none of its secrets work any more.";
export const KEY_OUTSIDE_LINEAGE_MESSAGE =
  "A website key can only roll, revoke, rename or end the old secret of itself and the keys made with it.";
export const TOKEN_BELOW_KEY_MESSAGE =
  "A website key has every permission of a member on its website, more than this token holds: only a token with full access (*) there can create, roll or revoke keys.";

export function keyNameTakenMessage(name: string): string {
  return `This website already has a key named “${name}”. Choose another name.`;
}
