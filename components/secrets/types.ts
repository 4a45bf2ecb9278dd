/** What a secret belongs to; decides the wording and the example request. */
export type CredentialKind = "account-token" | "website-key";

/** A listed credential, as the dialogs name it. Never carries the secret. */
export type CredentialRef = { id: string; name: string; displayKey: string };

/** What every token and key DTO has in common: enough to name it in a row and a dialog. */
export type ListedCredential = { _id: string; name: string; displayKey: string };

export function credentialRef(item: ListedCredential): CredentialRef {
  return { id: item._id, name: item.name, displayKey: item.displayKey };
}

/**
 * What a create or roll adapter hands the reveal: the raw secret, taken out of the action result
 * once, or the error message. The action result itself is dropped right after.
 */
export type SecretOutcome = { ok: true; secret: string } | { ok: false; message: string };

/** The outcome of an act that returns nothing (revoke). */
export type ActOutcome = { ok: true } | { ok: false; message: string };

export const CREDENTIAL_NOUN: Readonly<Record<CredentialKind, string>> = {
  "account-token": "token",
  "website-key": "API key",
};
