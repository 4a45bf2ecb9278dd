import "server-only";
import type { RequestInfo } from "@/lib/actor";
import { db } from "@/lib/db";
import { passkeyProofFrom } from "@/lib/passkeys/passkey-proof-from";
import { hasSecondFactor, secondFactorsOf } from "@/lib/two-factor/second-factors";
import { codeProof, verifySecondFactor, type SecondFactorProof } from "@/lib/two-factor/verify-second-factor";
import { verifyPassword, withPasswordSlot } from "./password";
import { signInSchema } from "./schemas";
import { countSignInAttempt, forgiveSignInAttempt, type SignInAttempt } from "./sign-in-throttle";

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

/** Counts the attempt, then checks the password: the person, or null (same work for unknown emails). */
async function checkPassword(
  email: string,
  password: string,
  request: RequestInfo,
): Promise<{ user: AuthenticatedUser; attempt: SignInAttempt } | null> {
  const attempt = await countSignInAttempt(email, request.ip);
  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  if (!ok || !user) return null;
  return { user: { id: user.id, email: user.email, name: user.name }, attempt };
}

/** The second factor sent with the password: a passkey's answer, or a typed code. */
function proofFrom({
  code,
  passkey,
}: {
  code?: string;
  passkey?: string;
}): SecondFactorProof | "malformed" | null {
  if (passkey) return passkeyProofFrom(passkey) ?? "malformed";
  return code ? codeProof(code) : null;
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
  return withPasswordSlot(async () => {
    const checked = await checkPassword(email, parsed.data.password, request);
    if (!checked) return null;
    const { user, attempt } = checked;
    // Until the second factor is right the attempt stays counted: a known password alone never
    // clears the failures, so codes cannot be guessed faster than passwords.
    if (hasSecondFactor(await secondFactorsOf(user.id))) {
      const proof = proofFrom(parsed.data);
      if (!proof) throw new SecondFactorRefusal("required");
      if (proof === "malformed" || !(await verifySecondFactor(user.id, proof, request)))
        throw new SecondFactorRefusal("invalid");
    }
    await forgiveSignInAttempt(attempt);
    return user;
  });
}

/**
 * The person an email and password name, for sign-in's second step to ask their passkey; null
 * when wrong. Counted by the sign-in throttle and never forgiven here: only a complete sign-in
 * clears the failures, so this cannot test passwords faster than signing in.
 */
export async function confirmSignInPassword(
  credentials: unknown,
  request: RequestInfo,
): Promise<AuthenticatedUser | null> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const email = parsed.data.email.toLowerCase();
  return withPasswordSlot(
    async () => (await checkPassword(email, parsed.data.password, request))?.user ?? null,
  );
}
