import "server-only";
import { LAST_SEEN_INTERVAL_MS, sessionCutoff } from "@/lib/auth/sessions/session-policy";
import { directQuery } from "@/lib/db";
import { logUnexpected } from "@/lib/log-unexpected";
import { isUuid } from "@/lib/validation/id-input";

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  sessionId: string;
  /** When this session last proved who its person is (sign-in or sudo re-authentication). */
  authenticatedAt: Date;
};

/** What a decoded session cookie claims: the person and the server-side session it was issued as. */
export type SessionClaims = { userId: string; sessionId: string };

export function readClaims(session: unknown): SessionClaims | null {
  if (typeof session !== "object" || session === null) return null;
  const { userId, sessionId } = session as { userId?: unknown; sessionId?: unknown };
  if (!isUuid(userId) || !isUuid(sessionId)) return null;
  return { userId, sessionId };
}

// One indexed statement per request (the Session primary key, joined to its user), straight on
// the driver like the API's secret lookups (lib/db's directQuery).
const FIND_SESSION = `
  SELECT u.id::text, u.email, u.name, s."lastSeenAt", s."authenticatedAt"
  FROM "Session" s JOIN "User" u ON u.id = s."userId"
  WHERE s.id = $1::uuid AND s."userId" = $2::uuid AND s."lastSeenAt" > $3`;

const TOUCH_SESSION = `
  UPDATE "Session" SET "lastSeenAt" = $2 WHERE id = $1::uuid AND "lastSeenAt" <= $3`;

/**
 * The person a decoded session belongs to, checked against the database: a session whose record
 * is gone (signed out, revoked, "sign out everywhere", password change, unused for 30 days) or
 * whose user was deleted counts as signed out. Notes "last seen" at most once a minute.
 */
export async function sessionUserFrom(session: unknown, now = new Date()): Promise<SessionUser | null> {
  const claims = readClaims(session);
  if (!claims) return null;
  const [row] = await directQuery<{
    id: string;
    email: string;
    name: string;
    lastSeenAt: Date;
    authenticatedAt: Date;
  }>(FIND_SESSION, [claims.sessionId, claims.userId, sessionCutoff(now)]);
  if (!row) return null;
  const stale = new Date(now.getTime() - LAST_SEEN_INTERVAL_MS);
  if (new Date(row.lastSeenAt) <= stale) {
    // A failed write never fails the request; the condition keeps it to one write per minute
    // across instances.
    await directQuery(TOUCH_SESSION, [claims.sessionId, now, stale]).catch((error: unknown) =>
      logUnexpected("session-last-seen", error),
    );
  }
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    sessionId: claims.sessionId,
    authenticatedAt: new Date(row.authenticatedAt),
  };
}
