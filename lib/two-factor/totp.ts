import "server-only";
import { Secret, TOTP } from "otpauth";

// TOTP as authenticator apps expect it (RFC 6238 with the usual parameters: SHA-1, six digits,
// 30-second steps). A code is accepted one step either side of now, for clocks that drift and
// people who type slowly; which step it matched is returned so a used code can be refused.

const PARAMETERS = { issuer: "Keyward", algorithm: "SHA1", digits: 6, period: 30 } as const;
const WINDOW = 1;

/** A new random secret (160 bits, as RFC 4226 recommends), base32 as apps read it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI the QR code carries; `account` is what the app lists under Keyward. */
export function totpUri(secret: string, account: string): string {
  return new TOTP({ ...PARAMETERS, label: account, secret: Secret.fromBase32(secret) }).toString();
}

/** The secret in groups of four, easier to type into an app by hand. */
export function groupedKey(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(" ") ?? "";
}

/** Six digits, ignoring spaces people type or paste (`123 456`); null for anything else. */
export function totpCodeFrom(input: string): string | null {
  const code = input.replace(/\s+/g, "");
  return /^\d{6}$/.test(code) ? code : null;
}

/** The time step `code` belongs to, when it is valid within a step of `now`; otherwise null. */
export function matchingStep(secret: string, input: string, now = Date.now()): number | null {
  const token = totpCodeFrom(input);
  if (token === null) return null;
  const delta = TOTP.validate({
    ...PARAMETERS,
    token,
    secret: Secret.fromBase32(secret),
    timestamp: now,
    window: WINDOW,
  });
  return delta === null ? null : TOTP.counter({ period: PARAMETERS.period, timestamp: now }) + delta;
}
