import "server-only";
import { sessionActor, type RequestInfo } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { endSessions } from "@/lib/auth/sessions/end-sessions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { consumeEmailLink, isEmailLinkUsable } from "./email-links";
import { hashPassword } from "./password";
import { assertAcceptablePassword } from "./password-policy";
import { throttleAddress } from "./request-throttle";
import { resetPasswordSchema, type ResetPasswordInput } from "./schemas";

export const INVALID_RESET_LINK =
  "This reset link is not valid: it may have expired or been used already. Ask for a new one.";

/**
 * Sets a new password with a reset link: the link is used up, every session of the account ends
 * (whoever is signed in elsewhere, perhaps with the old password, is signed out) and the reset
 * is audited. The link also proves the mailbox, so the address counts as verified.
 */
export async function resetPassword(
  input: ResetPasswordInput,
  request: RequestInfo,
): Promise<{ email: string }> {
  const { token, password } = resetPasswordSchema.parse(input);
  await throttleAddress("resetRequest", request.ip);
  // Checked before hashing, so invalid links cost no argon2 work; used up only in the transaction.
  if (!(await isEmailLinkUsable(db(), token, "reset_password"))) {
    throw new AppError("NOT_FOUND", INVALID_RESET_LINK);
  }
  assertAcceptablePassword(password, "password");
  const passwordHash = await hashPassword(password);
  const reset = await db().$transaction(async (tx) => {
    const link = await consumeEmailLink(tx, token, "reset_password");
    const user = link
      ? await tx.user.findUnique({
          where: { id: link.userId },
          select: { id: true, email: true, emailVerifiedAt: true },
        })
      : null;
    if (!link || !user || user.email !== link.email) throw new AppError("NOT_FOUND", INVALID_RESET_LINK);
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, emailVerifiedAt: user.emailVerifiedAt ?? new Date() },
    });
    // Any other reset link of this person stops working too.
    await tx.emailLink.deleteMany({ where: { userId: user.id, purpose: "reset_password", usedAt: null } });
    // Whoever is signed in, anywhere (perhaps with the old password), is signed out.
    const endedSessions = await endSessions(user.id, { tx });
    await recordAudit(tx, sessionActor(user.id, request), {
      action: "account.password-reset",
      targetType: "user",
      targetId: user.id,
      metadata: { endedSessions },
    });
    return user;
  });
  return { email: reset.email };
}
