import "server-only";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import { INVITATION_INCLUDE, toInvitationDto, type InvitationDto } from "./invitation-dto";

/** Invitations not yet accepted or revoked (expired ones included, marked), newest first. */
export async function listInvitations(actor: Actor, websiteId: string): Promise<InvitationDto[]> {
  await requireWebsiteAccess(db(), actor, websiteId, "team.read");
  const rows = await db().invitation.findMany({
    where: { websiteId, acceptedAt: null, revokedAt: null },
    include: INVITATION_INCLUDE,
    orderBy: { createdAt: "desc" },
  });
  const now = new Date();
  return rows.map((row) => toInvitationDto(row, now));
}
