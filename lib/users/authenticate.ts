import "server-only";
import type { RequestInfo } from "@/lib/actor";
import { db } from "@/lib/db";
import { hasSecondFactor, secondFactorsOf } from "@/lib/two-factor/second-factors";
import { codeProof, verifySecondFactor } from "@/lib/two-factor/verify-second-factor";
import { verifyPassword, withPasswordSlot } from "./password";
import { signInSchema } from "./schemas";
import { countSignInAttempt, forgiveSignInAttempt } from "./sign-in-throttle";

export type AuthenticatedUser = { id: string; email: string; name: string };

/**
 * The password was right, but the person has a second factor: `required` when no code came with
 * it, `invalid` when the code was wrong or already used. Nothing is issued either way.
 */
export class SecondFactorRefusal extends Error {
  override name = "SecondFactorRefusal";
  constructor(readonly reason: "required" | "invalid") {
    super(`Second factor ${reason}.`);
  }
}

/**
 * The user for these credentials, or null: the same work and answer for unknown emails (a dummy
 * argon2 hash is verified). Throws RATE_LIMITED when this email or client address has failed too
 * often, before any password check, and SecondFactorRefusal when a second factor is missing or
 * wrong. Runs in a password slot: a burst of sign-ins queues.
 */
export async function authenticate(
  credentials: unknown,
  request: RequestInfo,
): Promise<AuthenticatedUser | null> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const email = parsed.data.email.toLowerCase();
  const { password, code } = parsed.data;
  return withPasswordSlot(async () => {
    const attempt = await countSignInAttempt(email, request.ip);
    const user = await db().user.findUnique({
      where: { email },
      select: { id: true, email: true, name: true, passwordHash: true },
    });
    const ok = await verifyPassword(user?.passwordHash ?? null, password);
    if (!ok || !user) return null;
    // Until the second factor is right the attempt stays counted: a known password alone never
    // clears the failures, so codes cannot be guessed faster than passwords.
    if (hasSecondFactor(await secondFactorsOf(user.id))) {
      if (!code) throw new SecondFactorRefusal("required");
      if (!(await verifySecondFactor(user.id, codeProof(code), request)))
        throw new SecondFactorRefusal("invalid");
    }
    await forgiveSignInAttempt(attempt);
    return { id: user.id, email: user.email, name: user.name };
  });
}
