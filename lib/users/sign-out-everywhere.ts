import "server-only";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { endSessions } from "@/lib/auth/sessions/end-sessions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Ends every session of the acting person, this browser's included: their records are deleted. */
export async function signOutEverywhere(actor: Actor): Promise<void> {
  if (actor.principal.kind !== "session" || !actor.userId) {
    throw new AppError("FORBIDDEN", "Only a signed-in person can end their sessions.");
  }
  const userId = actor.userId;
  await db().$transaction(async (tx) => {
    const ended = await endSessions(userId, { tx });
    await recordAudit(tx, actor, {
      action: "account.sign-out-everywhere",
      targetType: "user",
      targetId: userId,
      metadata: { sessions: ended },
    });
  });
}
