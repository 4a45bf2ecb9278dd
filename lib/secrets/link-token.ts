import "server-only";

// Single-use invitation link tokens: random, unprefixed, stored only as a digest.
import { randomBase62 } from "./random-base62";
import { sha256Utf8 } from "./sha256";

/** 43 base62 chars = 256.03 bits. */
const LINK_TOKEN_LENGTH = 43;

export function generateLinkToken(): { token: string; digest: Uint8Array<ArrayBuffer> } {
  const token = randomBase62(LINK_TOKEN_LENGTH);
  return { token, digest: digestLinkToken(token) };
}

/** SHA-256 of the token as it appears in the link (UTF-8), 32 bytes. */
export function digestLinkToken(token: string): Uint8Array<ArrayBuffer> {
  return sha256Utf8(token);
}
