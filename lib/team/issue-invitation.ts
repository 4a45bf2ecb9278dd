import "server-only";
import type { Actor } from "@/lib/actor";
import { invitationUrl } from "@/lib/http/public-url";
import { deliverInvitation, type InvitationDelivery } from "./deliver-invitation";
import type { InvitationDto } from "./invitation-dto";
import { inviteMember } from "./invite-member";
import { resendInvitation } from "./resend-invitation";
import type { InviteInput } from "./schemas";

/** An invitation as handed back once to the owner who made it: the link to copy, and how it was delivered. */
export type IssuedInvitation = { invitation: InvitationDto; url: string; delivery: InvitationDelivery };

/**
 * Builds the link of a freshly stored invitation (its token exists only here and in the link)
 * and delivers it.
 * The link is built from configuration only (S92): never from the request's Host header.
 */
async function issue(
  websiteId: string,
  stored: { invitation: InvitationDto; token: string },
): Promise<IssuedInvitation> {
  const url = invitationUrl(stored.token);
  const delivery = await deliverInvitation(websiteId, stored.invitation, url);
  return { invitation: stored.invitation, url, delivery };
}

/** Invites someone, then emails them the link: the dashboard's invite action and POST …/team. */
export async function inviteAndDeliver(
  actor: Actor,
  { websiteId, invite }: { websiteId: string; invite: InviteInput },
): Promise<IssuedInvitation> {
  return issue(websiteId, await inviteMember(actor, websiteId, invite));
}

/** Renews a pending invitation's link, then emails it again: the dashboard's resend action. */
export async function resendAndDeliver(
  actor: Actor,
  { websiteId, invitationId }: { websiteId: string; invitationId: string },
): Promise<IssuedInvitation> {
  return issue(websiteId, await resendInvitation(actor, { websiteId, invitationId }));
}
