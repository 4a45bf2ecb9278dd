import "server-only";

// CRC32 checksum of prefix + body, written as 6 base62 digits.
import { BASE62_ALPHABET, CHECKSUM_LENGTH } from "./format";

// Standard CRC-32 (IEEE, reflected polynomial 0xEDB88320), identical to zlib.crc32.
const CRC_TABLE: Int32Array = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/**
 * CRC32 of `text[0..end)`, for text whose chars are all ASCII (so char code = UTF-8 byte).
 * Computed in JS rather than zlib.crc32 so the parser needs neither a slice nor a native call.
 */
export function crc32Ascii(text: string, end: number): number {
  let crc = -1;
  for (let i = 0; i < end; i++) {
    crc = (CRC_TABLE[(crc ^ text.charCodeAt(i)) & 0xff] as number) ^ (crc >>> 8);
  }
  return (crc ^ -1) >>> 0;
}

/** Fixed-width big-endian base62, zero-padded ("0" is digit zero). */
export function encodeChecksum(crc: number): string {
  let out = "";
  for (let i = 0, rest = crc; i < CHECKSUM_LENGTH; i++, rest = Math.floor(rest / 62)) {
    out = BASE62_ALPHABET.charAt(rest % 62) + out;
  }
  return out;
}

/** Appends the checksum to `prefix + body` (which must be ASCII). */
export function withChecksum(prefixAndBody: string): string {
  return prefixAndBody + encodeChecksum(crc32Ascii(prefixAndBody, prefixAndBody.length));
}
