import "server-only";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { replaceRecoveryCodes } from "./replace-recovery-codes";
import { hasSecondFactor, secondFactorsOf } from "./second-factors";
import { signedInPerson } from "./signed-in-person";

/** A new set of ten recovery codes, shown once; every older code stops working. */
export async function regenerateRecoveryCodes(actor: Actor): Promise<{ recoveryCodes: string[] }> {
  const userId = signedInPerson(actor);
  if (!hasSecondFactor(await secondFactorsOf(userId)))
    throw new AppError(
      "CONFLICT",
      "Turn on two-factor authentication first: recovery codes stand in for a second factor.",
    );
  return db().$transaction(async (tx) => {
    const recoveryCodes = await replaceRecoveryCodes(tx, userId);
    await recordAudit(tx, actor, {
      action: "account.recovery-codes-regenerate",
      targetType: "user",
      targetId: userId,
    });
    return { recoveryCodes };
  });
}
