import "server-only";
import type { RequestInfo } from "@/lib/actor";
import { db } from "@/lib/db";
import { verifyPassword, withPasswordSlot } from "./password";
import { signInSchema } from "./schemas";
import { countSignInAttempt, forgiveSignInAttempt } from "./sign-in-throttle";

export type AuthenticatedUser = { id: string; email: string; name: string };

/**
 * The user for these credentials, or null: the same work and answer for unknown emails (a dummy
 * argon2 hash is verified). Throws RATE_LIMITED when this email or client address has failed too
 * often, before any password check. Runs in a password slot: a burst of sign-ins queues.
 */
export async function authenticate(
  credentials: unknown,
  request: RequestInfo,
): Promise<AuthenticatedUser | null> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const email = parsed.data.email.toLowerCase();
  const password = parsed.data.password;
  return withPasswordSlot(async () => {
    const attempt = await countSignInAttempt(email, request.ip);
    const user = await db().user.findUnique({
      where: { email },
      select: { id: true, email: true, name: true, passwordHash: true },
    });
    const ok = await verifyPassword(user?.passwordHash ?? null, password);
    if (!ok || !user) return null;
    await forgiveSignInAttempt(attempt);
    return { id: user.id, email: user.email, name: user.name };
  });
}
