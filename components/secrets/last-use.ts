/** The last-use fields every token and key DTO carries. */
export type Usage = {
  /** The last use by either secret. */
  lastUsedAt: string | null;
  /** The rolled-away secret's last use (set by a roll, then by its uses in the grace period). */
  previousLastUsedAt: string | null;
  rolledAt: string | null;
};

/** Which secret was used last, and when the other one was. */
export type LastUse =
  | { kind: "never" }
  /** Never rolled: there is only one secret to speak of. */
  | { kind: "only"; at: string }
  /**
   * Rolled: `at` was a use of the `last` secret; `other` is the other secret's last use, null when
   * the new secret has not been used yet, or when the old secret's is unknown (never used, or a roll
   * recorded before old and new uses were told apart).
   */
  | { kind: "rolled"; last: "new" | "old"; at: string; other: string | null };

/**
 * Tells the secrets apart from the DTO alone. A roll copies the last use to the old secret's, so
 * "last use equals the old secret's" means nothing has used the new secret since; the server
 * writes the first new use at once, so the two never stay equal after one.
 */
export function lastUseOf({ lastUsedAt, previousLastUsedAt, rolledAt }: Usage): LastUse {
  if (lastUsedAt === null) return { kind: "never" };
  if (rolledAt === null) return { kind: "only", at: lastUsedAt };
  const at = Date.parse(lastUsedAt);
  const lastWasOld =
    previousLastUsedAt === null ? at <= Date.parse(rolledAt) : at === Date.parse(previousLastUsedAt);
  return lastWasOld
    ? { kind: "rolled", last: "old", at: lastUsedAt, other: null }
    : { kind: "rolled", last: "new", at: lastUsedAt, other: previousLastUsedAt };
}
