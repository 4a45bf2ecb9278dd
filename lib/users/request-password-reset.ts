import "server-only";
import type { RequestInfo } from "@/lib/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { logUnexpected } from "@/lib/log-unexpected";
import { deliverEmail } from "@/lib/mail/deliver";
import { emailMode } from "@/lib/mail/email-mode";
import { passwordResetEmail } from "./account-emails";
import type { AccountLinks } from "./account-links";
import { issueEmailLink } from "./email-links";
import { mayEmail, throttleAddress } from "./request-throttle";
import { forgotPasswordSchema, type ForgotPasswordInput } from "./schemas";

export const RESET_UNAVAILABLE =
  "Password reset is not available on this server: it cannot send email. Ask its operator for help.";

/**
 * "Forgot password?": the answer is the same whether or not the email has an account, and comes
 * before any lookup; the link (1 hour, single use) is issued and mailed afterwards, in `mailed`.
 */
export async function requestPasswordReset(
  input: ForgotPasswordInput,
  request: RequestInfo,
  links: AccountLinks,
): Promise<{ email: string; mailed: Promise<void> }> {
  if (emailMode() === "none") throw new AppError("UNAVAILABLE", RESET_UNAVAILABLE);
  await throttleAddress("resetRequest", request.ip);
  const { email } = forgotPasswordSchema.parse(input);
  const mailed = sendPasswordReset(email, links).catch(
    (error: unknown) => void logUnexpected("password-reset-email", error),
  );
  return { email, mailed };
}

async function sendPasswordReset(email: string, links: AccountLinks): Promise<void> {
  // Counted for every address, registered or not, so the limit says nothing either.
  if (!(await mayEmail("resetEmail", email))) return;
  const user = await db().user.findUnique({ where: { email }, select: { id: true, email: true } });
  if (!user) return;
  const { token, expiresAt } = await db().$transaction((tx) => issueEmailLink(tx, user, "reset_password"));
  const url = links.resetPassword(token);
  await deliverEmail(
    user.email,
    () => passwordResetEmail(url, expiresAt),
    `Password reset link for ${user.email}: ${url}`,
    "password-reset-email",
  );
}
