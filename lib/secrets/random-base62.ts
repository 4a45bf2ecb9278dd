import "server-only";

// Uniform random base62 strings from the CSPRNG.
import { randomBytes } from "node:crypto";
import { BASE62_ALPHABET } from "./format";

// 248 = 4 × 62: bytes 0–247 map onto each digit exactly 4 times; 248–255 would favour
// digits 0–7 under `% 62`, so they are discarded (rejection sampling, no modulo bias).
const ACCEPT_BELOW = 248;

/** `length` chars, each carrying log2(62) ≈ 5.95 bits of entropy. */
export function randomBase62(length: number): string {
  let out = "";
  while (out.length < length) {
    // A few spare bytes cover the ~3% rejected, so one draw almost always suffices.
    for (const byte of randomBytes(length - out.length + 8)) {
      if (byte >= ACCEPT_BELOW) continue;
      out += BASE62_ALPHABET.charAt(byte % 62);
      if (out.length === length) break;
    }
  }
  return out;
}
