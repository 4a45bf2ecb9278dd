import "server-only";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { endSessions } from "@/lib/auth/sessions/end-sessions";
import { db } from "@/lib/db";
import { confirmPassword } from "./confirm-password";
import { hashPassword } from "./password";
import { changePasswordSchema, type ChangePasswordInput } from "./schemas";

/**
 * Changes the password after checking the current one, and ends every other session (the
 * browser that asked stays signed in). With
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
      data: { passwordHash },
    });
    await endSessions(user.id, { except: actor.sessionId, tx });
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
