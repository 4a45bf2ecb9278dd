import "server-only";
import type { Role } from "@/lib/access";
import { db } from "@/lib/db";
import { digestLinkToken } from "@/lib/secrets";
import { invitationTokenSchema } from "./schemas";

export type InvitationStatus = "pending" | "expired" | "revoked" | "accepted" | "invalid";

export type InvitationView = {
  status: InvitationStatus;
  websiteName?: string;
  websiteDomain?: string;
  role?: Role;
  email?: string;
  invitedByName?: string;
};

/** What the invitation page shows to whoever holds the link: the link is the credential. */
export async function describeInvitation(token: unknown, now = new Date()): Promise<InvitationView> {
  const parsed = invitationTokenSchema.safeParse(token);
  if (!parsed.success) return { status: "invalid" };
  const row = await db().invitation.findUnique({
    where: { tokenDigest: digestLinkToken(parsed.data) },
    include: { website: { select: { name: true, domain: true } }, invitedBy: { select: { name: true } } },
  });
  if (!row) return { status: "invalid" };
  const status: InvitationStatus = row.acceptedAt
    ? "accepted"
    : row.revokedAt
      ? "revoked"
      : row.expiresAt <= now
        ? "expired"
        : "pending";
  return {
    status,
    websiteName: row.website.name,
    websiteDomain: row.website.domain,
    role: row.role,
    email: row.email,
    invitedByName: row.invitedBy.name,
  };
}
