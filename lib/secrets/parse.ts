import "server-only";

// Format-only check of a presented secret: no I/O, never throws. A pass means "well-formed",
// never "authentic" — anyone can compute a CRC; only the digest lookup authenticates.
import { BASE62_VALUE, BODY_LENGTH, CHECKSUM_LENGTH, SECRET_PREFIX, type SecretKind } from "./format";
import { crc32Ascii } from "./checksum";

export type ParseResult =
  { ok: true; kind: SecretKind; raw: string } | { ok: false; reason: "malformed" | "checksum" };

// Shared frozen results keep the reject path allocation-free.
const MALFORMED: ParseResult = Object.freeze({ ok: false, reason: "malformed" });
const BAD_CHECKSUM: ParseResult = Object.freeze({ ok: false, reason: "checksum" });

const WEBSITE_KEY_LENGTH = SECRET_PREFIX["website-key"].length + BODY_LENGTH + CHECKSUM_LENGTH; // 41
const ACCOUNT_TOKEN_LENGTH = SECRET_PREFIX["account-token"].length + BODY_LENGTH + CHECKSUM_LENGTH; // 42

const D = 0x64; // "d"
const F = 0x66; // "f"
const T = 0x74; // "t"
const UNDERSCORE = 0x5f; // "_"

/**
 * Cheapest checks first: type, exact length per kind, exact ASCII prefix, alphabet, checksum.
 * The total length decides the kind, so "df_t…" (41 chars) is a website key whose body starts
 * with "t", and "dft_…" (42 chars) is an account token — never one mistaken for the other.
 */
export function parseSecret(input: unknown): ParseResult {
  if (typeof input !== "string") return MALFORMED;

  let kind: SecretKind;
  let bodyStart: number;
  if (input.length === WEBSITE_KEY_LENGTH) {
    if (input.charCodeAt(0) !== D || input.charCodeAt(1) !== F || input.charCodeAt(2) !== UNDERSCORE) {
      return MALFORMED;
    }
    kind = "website-key";
    bodyStart = 3;
  } else if (input.length === ACCOUNT_TOKEN_LENGTH) {
    if (
      input.charCodeAt(0) !== D ||
      input.charCodeAt(1) !== F ||
      input.charCodeAt(2) !== T ||
      input.charCodeAt(3) !== UNDERSCORE
    ) {
      return MALFORMED;
    }
    kind = "account-token";
    bodyStart = 4;
  } else {
    return MALFORMED;
  }

  const checksumStart = input.length - CHECKSUM_LENGTH;
  for (let i = bodyStart; i < checksumStart; i++) {
    const code = input.charCodeAt(i);
    if (code >= 128 || (BASE62_VALUE[code] as number) < 0) return MALFORMED;
  }
  // Decode the checksum digits as a number rather than re-encoding the CRC as a string.
  let expected = 0;
  for (let i = checksumStart; i < input.length; i++) {
    const code = input.charCodeAt(i);
    const digit = code < 128 ? (BASE62_VALUE[code] as number) : -1;
    if (digit < 0) return MALFORMED;
    expected = expected * 62 + digit; // ≤ 62^6 − 1 < 2^53: exact
  }

  if (crc32Ascii(input, checksumStart) !== expected) return BAD_CHECKSUM;
  return { ok: true, kind, raw: input };
}
