import "server-only";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Delivery } from "@/lib/mail/deliver";
import type { AccountLinks } from "./account-links";
import { mayEmail, VERIFICATION_EMAILS_PER_ACCOUNT } from "./request-throttle";
import { sendVerificationLink } from "./send-verification-link";

/** "Resend link": a new verification link for the signed-in person (older ones stop working). */
export async function resendVerification(
  actor: Actor,
  links: AccountLinks,
): Promise<{ email: string; delivery: Delivery }> {
  if (actor.principal.kind !== "session" || !actor.userId) {
    throw new AppError("FORBIDDEN", "Only a signed-in person can verify their email address.");
  }
  const user = await db().user.findUnique({
    where: { id: actor.userId },
    select: { id: true, email: true, emailVerifiedAt: true },
  });
  if (!user) throw new AppError("UNAUTHENTICATED", "This account no longer exists.");
  if (user.emailVerifiedAt) throw new AppError("CONFLICT", "Your email address is already verified.");
  if (!(await mayEmail("verificationEmail", user.id))) {
    throw new AppError(
      "RATE_LIMITED",
      `You asked for ${VERIFICATION_EMAILS_PER_ACCOUNT} links within the hour. Use the latest one, or try again later.`,
      { retryAfter: 3600 },
    );
  }
  return { email: user.email, delivery: await sendVerificationLink(user, links) };
}
