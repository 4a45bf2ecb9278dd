import "server-only";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Ends every session of the acting person: sessions carry the version they were issued under. */
export async function signOutEverywhere(actor: Actor): Promise<void> {
  if (actor.principal.kind !== "session" || !actor.userId) {
    throw new AppError("FORBIDDEN", "Only a signed-in person can end their sessions.");
  }
  const userId = actor.userId;
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit(tx, actor, {
      action: "account.sign-out-everywhere",
      targetType: "user",
      targetId: userId,
    });
  });
}
