import "server-only";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { sessionOwner } from "@/lib/auth/sessions/session-owner";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { verifyPasskeyAssertion } from "@/lib/passkeys/verify-passkey-assertion";
import { confirmPassword } from "@/lib/users/confirm-password";
import type { ReauthInput } from "@/lib/users/schemas";

export const PASSKEY_NOT_ACCEPTED = "This passkey was not accepted. Try again, or use your password.";

/** Who the password or passkey proves to be at the keyboard; refuses a wrong one. */
async function provenPerson(actor: Actor, input: ReauthInput): Promise<string> {
  if (input.method === "password") return (await confirmPassword(actor, input.password, "password")).id;
  const userId = sessionOwner(actor);
  if (!(await verifyPasskeyAssertion(userId, input.challengeId, input.response)))
    throw new AppError("INVALID", PASSKEY_NOT_ACCEPTED);
  return userId;
}

/**
 * Sudo mode's re-authentication: the person proves who they are again (password or passkey), and
 * this session may do sensitive acts for the next KEYWARD_SUDO_MINUTES. Wrong passwords count
 * against the sign-in throttle, like any other password check; a passkey cannot be guessed.
 */
export async function reauthenticate(actor: Actor, input: ReauthInput, now = new Date()): Promise<void> {
  if (!actor.sessionId) throw new AppError("FORBIDDEN", "Only a signed-in session can confirm who it is.");
  const userId = await provenPerson(actor, input);
  await db().$transaction(async (tx) => {
    const { count } = await tx.session.updateMany({
      where: { id: actor.sessionId, userId },
      data: { authenticatedAt: now },
    });
    if (count === 0) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
    await recordAudit(tx, actor, {
      action: "account.sudo",
      targetType: "user",
      targetId: userId,
      metadata: { method: input.method },
    });
  });
}
