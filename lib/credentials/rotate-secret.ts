import "server-only";
import { generateSecret, type SecretKind } from "@/lib/secrets";
import { graceEnd, type GracePeriod } from "./grace";

/**
 * The columns a roll writes, shared by account tokens and website keys: the new secret becomes
 * current and the old digest moves to `previousDigest` until the grace period ends. With no
 * grace the old digest is dropped at once rather than kept with an expiry in the past, so
 * nothing is left that could ever verify. The credential's last use so far becomes the old
 * secret's (previousLastUsedAt): the new secret has not been used yet.
 */
export function rotateSecret(
  kind: SecretKind,
  current: { digest: Uint8Array<ArrayBuffer>; lastUsedAt: Date | null },
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
      previousDigest: previousExpiresAt ? current.digest : null,
      previousExpiresAt,
      previousLastUsedAt: current.lastUsedAt,
      rolledAt: now,
    },
  };
}
