import "server-only";
import { db } from "@/lib/db";

/**
 * Ends a person's sessions. Until sessions have server-side records, every session carries the
 * session version it was issued under, so moving the version on ends them all: `except` cannot
 * spare one yet (the flows that call this end every session anyway).
 */
export async function endSessions(userId: string, options: { except?: string } = {}): Promise<void> {
  void options;
  await db().user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
