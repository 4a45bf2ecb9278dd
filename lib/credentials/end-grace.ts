import "server-only";

/** The grace-period columns a token and a key share. */
type GraceState = { previousDigest: Uint8Array | null; previousExpiresAt: Date | null };

/**
 * Whether a rolled-away secret still verifies at `now`: its digest is kept and its grace period
 * has not ended (the same test the verifier applies to a match on `previousDigest`).
 */
export function graceRuns(row: GraceState, now: Date): boolean {
  return row.previousDigest !== null && row.previousExpiresAt !== null && row.previousExpiresAt > now;
}

/**
 * The columns "expire the old secret now" writes: the old digest is dropped rather than given an
 * expiry of now, so nothing is left that could verify — on this instance or any other, since the
 * verifier reads the row on every request. The old secret's last use is kept for the list.
 */
export const END_GRACE = { previousDigest: null, previousExpiresAt: null } as const;
