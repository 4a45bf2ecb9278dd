import "server-only";
import { generateSecret, type SecretKind } from "@/lib/secrets";
import { graceEnd, type GracePeriod } from "./grace";

/**
 * The columns a roll writes, shared by account tokens and website keys: the new secret becomes
 * current and the old digest moves to `previousDigest` until the grace period ends. With no
 * grace the old digest is dropped at once rather than kept with an expiry in the past, so
 * nothing is left that could ever verify.
 */
export function rotateSecret(
  kind: SecretKind,
  currentDigest: Uint8Array<ArrayBuffer>,
  grace: GracePeriod,
  now: Date,
) {
  const secret = generateSecret(kind);
  const previousExpiresAt = graceEnd(grace, now);
  return {
    raw: secret.raw,
    data: {
      digest: secret.digest,
      displayKey: secret.displayKey,
      previousDigest: previousExpiresAt ? currentDigest : null,
      previousExpiresAt,
      rolledAt: now,
    },
  };
}
