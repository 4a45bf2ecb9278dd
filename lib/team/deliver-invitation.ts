import "server-only";
import { db } from "@/lib/db";
import { deliverEmail, type Delivery } from "@/lib/mail/deliver";
import type { InvitationDto } from "./invitation-dto";
import { invitationEmail } from "./invitation-email";

/**
 * How an invitation link reached the invitee, besides the link the owner copies: emailed,
 * an email that failed, printed to the development server's log, or nothing.
 */
export type InvitationDelivery = Delivery;

/**
 * Delivers an invitation link. Copying the link from the Team page always works; with SMTP_URL
 * and SMTP_FROM configured the invitee is also emailed. A failed send never loses the
 * invitation: it is already stored and the owner copies the link.
 */
export async function deliverInvitation(
  websiteId: string,
  invitation: InvitationDto,
  url: string,
): Promise<InvitationDelivery> {
  return deliverEmail(
    invitation.email,
    async () => {
      const website = await db().website.findUniqueOrThrow({
        where: { id: websiteId },
        select: { name: true, domain: true },
      });
      return invitationEmail({
        websiteName: website.name,
        websiteDomain: website.domain,
        role: invitation.role,
        inviterName: invitation.invitedBy?.name ?? "A Keyward user",
        url,
        expiresAt: new Date(invitation.expiresAt),
      });
    },
    `Invitation for ${invitation.email}: ${url}`,
    "invitation-email",
  );
}
