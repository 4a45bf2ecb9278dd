import "server-only";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { confirmPassword } from "@/lib/users/confirm-password";
import type { ReauthInput } from "@/lib/users/schemas";

/**
 * Sudo mode's re-authentication: the person proves who they are again (their password), and
 * this session may do sensitive acts for the next KEYWARD_SUDO_MINUTES. Wrong guesses count
 * against the sign-in throttle, like any other password check.
 */
export async function reauthenticate(actor: Actor, input: ReauthInput, now = new Date()): Promise<void> {
  if (!actor.sessionId) throw new AppError("FORBIDDEN", "Only a signed-in session can confirm who it is.");
  const user = await confirmPassword(actor, input.password, "password");
  await db().$transaction(async (tx) => {
    const { count } = await tx.session.updateMany({
      where: { id: actor.sessionId, userId: user.id },
      data: { authenticatedAt: now },
    });
    if (count === 0) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
    await recordAudit(tx, actor, {
      action: "account.sudo",
      targetType: "user",
      targetId: user.id,
      metadata: { method: input.method },
    });
  });
}
