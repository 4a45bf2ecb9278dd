import "server-only";
import { sessionActor, type RequestInfo } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { recoveryCodeDigest } from "./recovery-codes";

/**
 * Whether `code` is one of the person's unused recovery codes; it is then used up (a conditional
 * UPDATE, so two requests with it cannot both succeed) and the use is audited.
 */
export async function redeemRecoveryCode(
  userId: string,
  code: string,
  request: RequestInfo,
): Promise<boolean> {
  const digest = recoveryCodeDigest(code);
  if (digest === null) return false;
  return db().$transaction(async (tx) => {
    const { count } = await tx.recoveryCode.updateMany({
      where: { userId, digest, usedAt: null },
      data: { usedAt: new Date() },
    });
    if (count === 0) return false;
    const left = await tx.recoveryCode.count({ where: { userId, usedAt: null } });
    await recordAudit(tx, sessionActor(userId, request), {
      action: "account.recovery-code-use",
      targetType: "user",
      targetId: userId,
      metadata: { left },
    });
    return true;
  });
}
