import "server-only";
import { db } from "@/lib/db";

export type SessionUser = { id: string; email: string; name: string };

function readClaims(session: unknown): { userId: string; sessionVersion: number } | null {
  if (typeof session !== "object" || session === null) return null;
  const { userId, sessionVersion } = session as { userId?: unknown; sessionVersion?: unknown };
  if (typeof userId !== "string" || userId.length === 0) return null;
  if (typeof sessionVersion !== "number" || !Number.isInteger(sessionVersion)) return null;
  return { userId, sessionVersion };
}

/**
 * The person a decoded session belongs to, checked against the database: a deleted user, or a
 * session issued before a password change or "sign out everywhere", counts as signed out.
 */
export async function sessionUserFrom(session: unknown): Promise<SessionUser | null> {
  const claims = readClaims(session);
  if (!claims) return null;
  const user = await db().user.findUnique({
    where: { id: claims.userId },
    select: { id: true, email: true, name: true, sessionVersion: true },
  });
  if (!user || user.sessionVersion !== claims.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name };
}
