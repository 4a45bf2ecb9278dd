import "server-only";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { shortUserAgent } from "@/lib/audit/short-user-agent";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { sessionOwner } from "./session-owner";

/**
 * Ends one of the person's sessions (that browser is signed out on its next request) and audits
 * it. Someone else's session, or one already over, is "not found" alike.
 */
export async function revokeSession(actor: Actor, sessionId: string): Promise<void> {
  const userId = sessionOwner(actor);
  await db().$transaction(async (tx) => {
    const session = await tx.session.findFirst({
      where: { id: sessionId, userId },
      select: { userAgent: true },
    });
    if (!session) throw new AppError("NOT_FOUND", "This session has already ended.");
    await tx.session.delete({ where: { id: sessionId } });
    await recordAudit(tx, actor, {
      action: "account.session-revoke",
      targetType: "session",
      targetId: sessionId,
      metadata: { name: shortUserAgent(session.userAgent) ?? "Unknown device" },
    });
  });
}
