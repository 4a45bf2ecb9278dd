import "server-only";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { codeProof, verifySecondFactor, type SecondFactorProof } from "@/lib/two-factor/verify-second-factor";
import { confirmPassword } from "@/lib/users/confirm-password";
import type { ReauthInput } from "@/lib/users/schemas";
import { countSignInAttempt, forgiveSignInAttempt } from "@/lib/users/sign-in-throttle";

/**
 * Sudo mode's re-authentication: the person proves who they are again (their password, a code
 * from their authenticator app or a recovery code, or a passkey), and this session may do sensitive acts
 * for the next KEYWARD_SUDO_MINUTES. Wrong guesses count against the sign-in throttle, like any
 * other password or second-factor check.
 */
export async function reauthenticate(actor: Actor, input: ReauthInput, now = new Date()): Promise<void> {
  const { sessionId, userId } = actor;
  if (!sessionId || !userId)
    throw new AppError("FORBIDDEN", "Only a signed-in session can confirm who it is.");
  const method =
    input.method === "password"
      ? await confirmPassword(actor, input.password, "password").then(() => "password")
      : await proveWithSecondFactor(actor, userId, secondFactorProof(input));
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

function secondFactorProof(input: Exclude<ReauthInput, { method: "password" }>): SecondFactorProof {
  return input.method === "code"
    ? codeProof(input.code)
    : { method: "passkey", challengeId: input.challengeId, response: input.response };
}

const REFUSED = {
  totp: { message: "That code is not valid.", field: "code" },
  recovery: { message: "That code is not valid.", field: "code" },
  passkey: { message: "This passkey was not accepted. Try again, or use your password.", field: undefined },
} as const;

/** Checks a code or a passkey's answer (used up when good); which kind it was, for the audit trail. */
async function proveWithSecondFactor(
  actor: Actor,
  userId: string,
  proof: SecondFactorProof,
): Promise<SecondFactorProof["method"]> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!user) throw new AppError("UNAUTHENTICATED", "This account no longer exists.");
  const attempt = await countSignInAttempt(user.email, actor.request.ip);
  if (!(await verifySecondFactor(userId, proof, actor.request))) {
    const { message, field } = REFUSED[proof.method];
    throw new AppError("INVALID", message, { field });
  }
  await forgiveSignInAttempt(attempt);
  return proof.method;
}
