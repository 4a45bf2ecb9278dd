import "server-only";
import type { Actor } from "@/lib/actor";
import { shortUserAgent } from "@/lib/audit/short-user-agent";
import { db } from "@/lib/db";
import { sessionOwner } from "./session-owner";
import { sessionCutoff } from "./session-policy";

export type SessionDto = {
  _id: string;
  /** "Chrome 131 on macOS", or null when the browser sent no user agent. */
  device: string | null;
  userAgent: string | null;
  ip: string | null;
  /** ISO 8601, UTC; "last seen" is kept to the minute. */
  createdAt: string;
  lastSeenAt: string;
  /** The browser asking. */
  current: boolean;
};

/** The person's live sessions, the most recently seen first. */
export async function listSessions(actor: Actor, now = new Date()): Promise<SessionDto[]> {
  const userId = sessionOwner(actor);
  const rows = await db().session.findMany({
    where: { userId, lastSeenAt: { gt: sessionCutoff(now) } },
    orderBy: [{ lastSeenAt: "desc" }, { createdAt: "desc" }],
  });
  return rows.map((row) => ({
    _id: row.id,
    device: shortUserAgent(row.userAgent),
    userAgent: row.userAgent,
    ip: row.ip,
    createdAt: row.createdAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
    current: row.id === actor.sessionId,
  }));
}
