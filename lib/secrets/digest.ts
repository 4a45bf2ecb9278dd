import "server-only";

// What is stored instead of a secret: its digest (for lookup) and a display form (for people).
import { SECRET_PREFIX } from "./format";
import { parseSecret } from "./parse";
import { sha256Utf8 } from "./sha256";

/** SHA-256 of the whole secret string, prefix included (32 bytes, unique-indexed at rest). */
export function digestSecret(raw: string): Uint8Array<ArrayBuffer> {
  return sha256Utf8(raw);
}

/**
 * "df_ab12…xyz9": prefix + first 4 body chars + "…" + last 4 chars (checksum digits).
 * Reveals 4 of the 32 random body chars (~24 of 190 bits). Throws on a malformed secret
 * (a programming error) without echoing it, so no secret can reach a log through the message.
 */
export function displayKey(raw: string): string {
  const parsed = parseSecret(raw);
  if (!parsed.ok) throw new TypeError(`displayKey needs a well-formed secret (${parsed.reason})`);
  const prefix = SECRET_PREFIX[parsed.kind];
  return `${prefix}${raw.slice(prefix.length, prefix.length + 4)}…${raw.slice(-4)}`;
}
