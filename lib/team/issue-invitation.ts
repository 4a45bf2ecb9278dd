import "server-only";
import { invitationUrl } from "@/lib/http/public-url";
import { deliverInvitation, type InvitationDelivery } from "./deliver-invitation";
import type { InvitationDto } from "./invitation-dto";

/** An invitation as handed back once to the owner who made it: the link to copy, and how it was delivered. */
export type IssuedInvitation = { invitation: InvitationDto; url: string; delivery: InvitationDelivery };

/**
 * Builds the link of a freshly stored invitation (its token exists only here and in the link)
 * and delivers it. The dashboard's invite and resend actions and the REST invite route share it.
 * The link is built from configuration only (S92): never from the request's Host header.
 */
export async function issueInvitation(
  websiteId: string,
  stored: { invitation: InvitationDto; token: string },
): Promise<IssuedInvitation> {
  const url = invitationUrl(stored.token);
  const delivery = await deliverInvitation(websiteId, stored.invitation, url);
  return { invitation: stored.invitation, url, delivery };
}
