import "server-only";
import { db } from "@/lib/db";
import { deliverEmail, type Delivery } from "@/lib/mail/deliver";
import type { AccountLinks } from "./account-links";
import { verificationEmail } from "./account-emails";
import { issueEmailLink } from "./email-links";

/** Issues a fresh 24-hour verification link for the person's current address and delivers it. */
export async function sendVerificationLink(
  user: { id: string; email: string },
  links: AccountLinks,
): Promise<Delivery> {
  const { token, expiresAt } = await db().$transaction((tx) => issueEmailLink(tx, user, "verify_email"));
  const url = links.verifyEmail(token);
  return deliverEmail(
    user.email,
    () => verificationEmail(url, expiresAt),
    `Email verification link for ${user.email}: ${url}`,
    "verification-email",
  );
}
