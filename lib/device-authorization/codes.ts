import "server-only";
import { randomBytes } from "node:crypto";
import { randomBase62 } from "@/lib/secrets/random-base62";
import { sha256Utf8 } from "@/lib/secrets/sha256";
import { USER_CODE_ALPHABET, USER_CODE_LENGTH } from "./schemas";

// The two codes of a device sign-in. Both are stored only as SHA-256 digests, like every secret.

/** 43 base62 chars ≈ 256 bits: the device's secret, never shown to a person. */
const DEVICE_CODE_LENGTH = 43;
// 240 = 12 × 20: bytes below it map onto each letter exactly 12 times (no modulo bias).
const ACCEPT_BELOW = 240;

function randomUserCode(): string {
  let out = "";
  while (out.length < USER_CODE_LENGTH) {
    for (const byte of randomBytes(USER_CODE_LENGTH * 2)) {
      if (byte >= ACCEPT_BELOW) continue;
      out += USER_CODE_ALPHABET.charAt(byte % USER_CODE_ALPHABET.length);
      if (out.length === USER_CODE_LENGTH) break;
    }
  }
  return out;
}

/** A fresh pair: the raw codes (for the device, once) and their digests (for the database). */
export function generateDeviceCodes() {
  const deviceCode = randomBase62(DEVICE_CODE_LENGTH);
  const userCode = randomUserCode();
  return {
    deviceCode,
    userCode,
    deviceCodeDigest: digestDeviceCode(deviceCode),
    userCodeDigest: digestUserCode(userCode),
  };
}

export function digestDeviceCode(deviceCode: string): Uint8Array<ArrayBuffer> {
  return sha256Utf8(deviceCode);
}

/** Of the normalized code (normalizeUserCode): "bcdf ghjk" and "BCDF-GHJK" are one code. */
export function digestUserCode(userCode: string): Uint8Array<ArrayBuffer> {
  return sha256Utf8(userCode);
}
