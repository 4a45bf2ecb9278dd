import "server-only";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { signedInPerson } from "./signed-in-person";

export const TOTP_ALREADY_OFF = "Two-factor authentication with an app is already off.";

/**
 * Removes the authenticator app (and any set-up in progress). Recovery codes go with it unless
 * a passkey remains, which they still stand in for.
 */
export async function disableTotp(actor: Actor): Promise<{ recoveryCodesRemoved: boolean }> {
  const userId = signedInPerson(actor);
  return db().$transaction(async (tx) => {
    const confirmed = await tx.totpFactor.count({ where: { userId, confirmedAt: { not: null } } });
    if (confirmed === 0) throw new AppError("CONFLICT", TOTP_ALREADY_OFF);
    await tx.totpFactor.deleteMany({ where: { userId } });
    const passkeys = await tx.passkey.count({ where: { userId } });
    if (passkeys === 0) await tx.recoveryCode.deleteMany({ where: { userId } });
    await recordAudit(tx, actor, {
      action: "account.totp-disable",
      targetType: "user",
      targetId: userId,
      metadata: { recoveryCodesRemoved: passkeys === 0 },
    });
    return { recoveryCodesRemoved: passkeys === 0 };
  });
}
