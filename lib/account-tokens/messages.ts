import { ACCOUNT_TOKEN_LIMIT } from "./token-limit";

// Messages people see, kept in one place so the adapters and tests refer to the same text.
export const TOKEN_NOT_FOUND_MESSAGE = "Token not found.";
/** DataFast's answer to DELETE /admin/access-tokens/{id} (SPEC §6), word for word. */
export const TOKEN_DELETED_MESSAGE = "Access token deleted successfully";
export const TOKEN_LIMIT_MESSAGE = `You can have at most ${ACCOUNT_TOKEN_LIMIT} active tokens. Revoke one first.`;
export const TOKEN_ROLL_RACE_MESSAGE = "This token was just rolled or revoked; reload and try again.";
export const TOKEN_REVOKED_MESSAGE = "This token was revoked; it can't be rolled.";
export const TOKEN_EXPIRED_MESSAGE = "This token has expired; create a new one.";
export const TOKEN_NO_GRACE_MESSAGE =
  "This token's old secret has already stopped working: there is no grace period to end.";
export const TOKEN_REVOKED_GRACE_MESSAGE = "This token was revoked: none of its secrets work any more.";
export const TOKEN_ROLL_WIDER_MESSAGE = "This token can't roll a token with more access than itself.";
export const TOKEN_EXPIRE_WIDER_MESSAGE =
  "This token can't end the old secret of a token with more access than itself.";
export const TOKEN_OUT_OF_BOUNDS_MESSAGE =
  "This token can only revoke itself, tokens made with it, and tokens whose permissions and websites it covers.";
export const TOKEN_EDIT_SESSION_MESSAGE = "Tokens are edited in the dashboard, never through the API.";
export const TOKEN_EXPIRED_EDIT_MESSAGE = "This token has expired; regenerate it to give it a new expiry.";
export const TOKEN_WITHIN_POLICY_MESSAGE =
  "This token already meets its websites' token policies: regenerate it with an expiry you choose instead.";
