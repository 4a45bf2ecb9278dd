import "server-only";
import { createHash, randomBytes } from "node:crypto";

// Recovery codes stand in for the authenticator when it is lost: ten per person, each good
// once. They are typed by hand, so they use Crockford's base32 (no i, l, o or u; those read as
// 1, 1 and 0 when typed) in two groups of five: `7k3mq-x9d2a`, 50 random bits each. Only a
// SHA-256 digest is stored: the codes are random, so no slow hash is needed.

export const RECOVERY_CODE_COUNT = 10;

const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
const LENGTH = 10;
const READS_AS: Record<string, string> = { i: "1", l: "1", o: "0" };

export type NewRecoveryCode = { code: string; digest: Uint8Array<ArrayBuffer> };

function digestOf(canonical: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(createHash("sha256").update(canonical, "utf8").digest());
}

/** A fresh set of distinct codes: each to show once, with what is stored for it. */
export function newRecoveryCodes(): NewRecoveryCode[] {
  const symbols = new Set<string>();
  // 32 symbols: the low five bits of a random byte pick one without bias.
  while (symbols.size < RECOVERY_CODE_COUNT)
    symbols.add([...randomBytes(LENGTH)].map((byte) => ALPHABET[byte & 31]).join(""));
  return [...symbols].map((canonical) => ({
    code: `${canonical.slice(0, 5)}-${canonical.slice(5)}`,
    digest: digestOf(canonical),
  }));
}

/** The code as digested, whatever the case, spacing or dash typed; null when it cannot be one. */
export function canonicalRecoveryCode(input: string): string | null {
  const symbols = input
    .toLowerCase()
    .replace(/[\s-]+/g, "")
    .replace(/[ilo]/g, (letter) => READS_AS[letter] ?? letter);
  return symbols.length === LENGTH && [...symbols].every((symbol) => ALPHABET.includes(symbol))
    ? symbols
    : null;
}

/** What is stored for the code typed; null when it cannot be a code. */
export function recoveryCodeDigest(input: string): Uint8Array<ArrayBuffer> | null {
  const canonical = canonicalRecoveryCode(input);
  return canonical === null ? null : digestOf(canonical);
}
