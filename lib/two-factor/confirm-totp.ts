import "server-only";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { CODE_NOT_VALID } from "@/lib/users/sign-in-messages";
import { replaceRecoveryCodes } from "./replace-recovery-codes";
import { confirmTotpSchema, type ConfirmTotpInput } from "./schemas";
import { openSecret } from "./secret-box";
import { signedInPerson } from "./signed-in-person";
import { TOTP_ALREADY_ON } from "./start-totp-enrolment";
import { matchingStep } from "./totp";

export const NO_PENDING_TOTP = "Start again: this set-up was cancelled or replaced. Scan the new QR code.";

/**
 * Turns on the authenticator app being added, once it produced a valid code: sign-in asks for
 * codes from now on. Issues a fresh set of recovery codes (older ones stop working), returned
 * only here.
 */
export async function confirmTotp(
  actor: Actor,
  input: ConfirmTotpInput,
): Promise<{ recoveryCodes: string[] }> {
  const userId = signedInPerson(actor);
  const { code } = confirmTotpSchema.parse(input);
  const factor = await db().totpFactor.findUnique({
    where: { userId },
    select: { secretEncrypted: true, confirmedAt: true },
  });
  if (!factor) throw new AppError("CONFLICT", NO_PENDING_TOTP);
  if (factor.confirmedAt) throw new AppError("CONFLICT", TOTP_ALREADY_ON);
  const step = matchingStep(openSecret(factor.secretEncrypted, userId), code);
  if (step === null) throw new AppError("INVALID", CODE_NOT_VALID, { field: "code" });
  return db().$transaction(async (tx) => {
    // The secret the code was checked against: a set-up restarted meanwhile is not turned on.
    const confirmed = await tx.totpFactor.updateMany({
      where: { userId, confirmedAt: null, secretEncrypted: factor.secretEncrypted },
      data: { confirmedAt: new Date(), lastUsedStep: step },
    });
    if (confirmed.count === 0) throw new AppError("CONFLICT", NO_PENDING_TOTP);
    const recoveryCodes = await replaceRecoveryCodes(tx, userId);
    await recordAudit(tx, actor, { action: "account.totp-enable", targetType: "user", targetId: userId });
    return { recoveryCodes };
  });
}
