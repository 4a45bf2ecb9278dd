import "server-only";
import { env } from "@/lib/env";

/** How an invitation link reached the invitee, besides the link the owner copies. */
export type InvitationDelivery = "server-log" | "none";

/**
 * Delivers an invitation link. Copying the link from the Team page is the primary flow; in
 * development the link is also printed to the server log so it can be opened without email.
 *
 * Sending it by email (through SMTP when SMTP_URL is configured) is out of scope for now: outside
 * development nothing is sent and nothing is logged — the link is a credential and never appears
 * in production logs. The caller tells the owner to copy the link and send it themselves.
 */
export function deliverInvitation(invitation: { email: string; url: string }): InvitationDelivery {
  if (env().nodeEnv !== "development") return "none";
  console.info(`Invitation for ${invitation.email}: ${invitation.url}`);
  return "server-log";
}
