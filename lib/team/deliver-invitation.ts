import "server-only";
import { createTransport } from "nodemailer";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { logUnexpected } from "@/lib/log-unexpected";
import type { InvitationDto } from "./invitation-dto";
import { invitationEmail } from "./invitation-email";

/**
 * How an invitation link reached the invitee, besides the link the owner copies: emailed,
 * an email that failed, printed to the development server's log, or nothing.
 */
export type InvitationDelivery = "email" | "email-failed" | "server-log" | "none";

// A mail server that does not answer must not hold the owner's request for long.
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 15_000 };

/**
 * Delivers an invitation link. Copying the link from the Team page always works; with SMTP_URL
 * and SMTP_FROM configured the invitee is also emailed. A failed send never loses the
 * invitation: it is already stored and the owner copies the link. Without SMTP the link is
 * printed to the server log in development only: it is a credential and never reaches
 * production logs.
 */
export async function deliverInvitation(
  websiteId: string,
  invitation: InvitationDto,
  url: string,
): Promise<InvitationDelivery> {
  const { smtp, nodeEnv } = env();
  if (!smtp) {
    if (nodeEnv !== "development") return "none";
    console.info(`Invitation for ${invitation.email}: ${url}`);
    return "server-log";
  }
  try {
    const website = await db().website.findUniqueOrThrow({
      where: { id: websiteId },
      select: { name: true, domain: true },
    });
    const email = invitationEmail({
      websiteName: website.name,
      websiteDomain: website.domain,
      role: invitation.role,
      inviterName: invitation.invitedBy?.name ?? "A Keyward user",
      url,
      expiresAt: new Date(invitation.expiresAt),
    });
    await createTransport({ url: smtp.url, ...TIMEOUTS }).sendMail({
      from: smtp.from,
      to: invitation.email,
      ...email,
    });
    return "email";
  } catch (error) {
    // Name and code only (logUnexpected): a mail server's reply can quote the message.
    logUnexpected("invitation-email", error);
    return "email-failed";
  }
}
