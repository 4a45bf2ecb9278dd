import "server-only";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { confirmPassword } from "./confirm-password";
import { hashPassword } from "./password";
import { changePasswordSchema, type ChangePasswordInput } from "./schemas";

/**
 * Changes the password after checking the current one, and signs out every session (the session
 * version moves on; the browser that asked signs in again with the new password). With
 * `revokeTokens`, every live account token is revoked in the same transaction.
 */
export async function changePassword(
  actor: Actor,
  input: ChangePasswordInput,
): Promise<{ revokedTokens: number }> {
  const { currentPassword, newPassword, revokeTokens } = changePasswordSchema.parse(input);
  const user = await confirmPassword(actor, currentPassword, "currentPassword");
  const passwordHash = await hashPassword(newPassword);
  return db().$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    const { count } = revokeTokens
      ? await tx.accountToken.updateMany({
          where: { userId: user.id, revokedAt: null },
          data: { revokedAt: new Date(), previousDigest: null, previousExpiresAt: null },
        })
      : { count: 0 };
    await recordAudit(tx, actor, {
      action: "account.password-change",
      targetType: "user",
      targetId: user.id,
      metadata: { revokedTokens: count },
    });
    return { revokedTokens: count };
  });
}
