import "server-only";
import { db, type Prisma } from "@/lib/db";

/**
 * Ends every session of a person (each browser is signed out on its next request), but the one
 * in `except` (the browser that asked, e.g. after a password change). Pass `tx` to end them in
 * the caller's transaction. Returns how many ended.
 */
export async function endSessions(
  userId: string,
  options: { except?: string; tx?: Prisma.TransactionClient } = {},
): Promise<number> {
  const { count } = await (options.tx ?? db()).session.deleteMany({
    where: { userId, ...(options.except ? { id: { not: options.except } } : {}) },
  });
  return count;
}

/** Ends one session of this person (sign-out, or revoked from the Sessions page); false when it was not theirs or already over. */
export async function endSession(userId: string, sessionId: string): Promise<boolean> {
  const { count } = await db().session.deleteMany({ where: { id: sessionId, userId } });
  return count > 0;
}
