import "server-only";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { verifyPassword, withPasswordSlot } from "./password";
import { countSignInAttempt, forgiveSignInAttempt } from "./sign-in-throttle";

/**
 * The signed-in person behind `actor`, once they have re-entered their password. Only a session
 * may (tokens never change passwords or delete accounts). Guesses count against the same
 * throttle as sign-in, so a stolen session is no faster password oracle than the sign-in form.
 */
export async function confirmPassword(
  actor: Actor,
  password: string,
  field: string,
): Promise<{ id: string; email: string }> {
  if (actor.principal.kind !== "session" || !actor.userId) {
    throw new AppError("FORBIDDEN", "Only a signed-in person can change their own account.");
  }
  const user = await db().user.findUnique({
    where: { id: actor.userId },
    select: { id: true, email: true, passwordHash: true },
  });
  if (!user) throw new AppError("UNAUTHENTICATED", "This account no longer exists.");
  await withPasswordSlot(async () => {
    const attempt = await countSignInAttempt(user.email, actor.request.ip);
    if (!(await verifyPassword(user.passwordHash, password))) {
      throw new AppError("INVALID", "Your current password is incorrect.", { field });
    }
    await forgiveSignInAttempt(attempt);
  });
  return { id: user.id, email: user.email };
}
