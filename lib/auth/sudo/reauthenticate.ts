import "server-only";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { codeProof, verifySecondFactor } from "@/lib/two-factor/verify-second-factor";
import { confirmPassword } from "@/lib/users/confirm-password";
import type { ReauthInput } from "@/lib/users/schemas";
import { countSignInAttempt, forgiveSignInAttempt } from "@/lib/users/sign-in-throttle";

/**
 * Sudo mode's re-authentication: the person proves who they are again (their password, or a
 * code from their authenticator app or a recovery code), and this session may do sensitive acts
 * for the next KEYWARD_SUDO_MINUTES. Wrong guesses count against the sign-in throttle, like any
 * other password or code check.
 */
export async function reauthenticate(actor: Actor, input: ReauthInput, now = new Date()): Promise<void> {
  const { sessionId, userId } = actor;
  if (!sessionId || !userId)
    throw new AppError("FORBIDDEN", "Only a signed-in session can confirm who it is.");
  const method =
    input.method === "password"
      ? await confirmPassword(actor, input.password, "password").then(() => "password")
      : await proveWithCode(actor, userId, input.code);
  await db().$transaction(async (tx) => {
    const { count } = await tx.session.updateMany({
      where: { id: sessionId, userId },
      data: { authenticatedAt: now },
    });
    if (count === 0) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
    await recordAudit(tx, actor, {
      action: "account.sudo",
      targetType: "user",
      targetId: userId,
      metadata: { method },
    });
  });
}

/** Checks a typed code (used up when good); which kind it was, for the audit trail. */
async function proveWithCode(actor: Actor, userId: string, code: string): Promise<"totp" | "recovery"> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!user) throw new AppError("UNAUTHENTICATED", "This account no longer exists.");
  const attempt = await countSignInAttempt(user.email, actor.request.ip);
  const proof = codeProof(code);
  if (!(await verifySecondFactor(userId, proof, actor.request)))
    throw new AppError("INVALID", "That code is not valid.", { field: "code" });
  await forgiveSignInAttempt(attempt);
  return proof.method;
}
