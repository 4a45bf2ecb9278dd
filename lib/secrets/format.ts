// The one definition of what a Keyward secret looks like: prefix + body + checksum.
// Shape follows GitHub's token format so leaked secrets are recognisable by scanners.

export type SecretKind = "website-key" | "account-token";

export const SECRET_PREFIX = { "website-key": "df_", "account-token": "dft_" } as const;

/** 32 base62 chars = 190.5 bits of CSPRNG output. */
export const BODY_LENGTH = 32;

/** CRC32 < 2^32 < 62^6, so 6 base62 digits always suffice. */
export const CHECKSUM_LENGTH = 6;

/** Digit order: "0"–"9" = 0–9, "A"–"Z" = 10–35, "a"–"z" = 36–61. */
export const BASE62_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/**
 * ASCII code → base62 digit value, or -1 outside the alphabet. A flat table lets the parser
 * validate and decode each char with one load, no regex and no allocation.
 */
export const BASE62_VALUE: Int8Array = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < BASE62_ALPHABET.length; i++) table[BASE62_ALPHABET.charCodeAt(i)] = i;
  return table;
})();
