import "server-only";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { generateLinkToken } from "@/lib/secrets";
import { lockWebsite } from "@/lib/db/locks";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import { INVITATION_INCLUDE, toInvitationDto, type InvitationDto } from "./invitation-dto";
import { invitationExpiry } from "./invitation-expiry";
import { pendingInvitation } from "./pending-invitation";

/** A fresh link and a fresh 7 days; the previous link stops working at once. */
export async function resendInvitation(
  actor: Actor,
  { websiteId, invitationId }: { websiteId: string; invitationId: string },
): Promise<{ invitation: InvitationDto; token: string }> {
  const link = generateLinkToken();
  return db().$transaction(async (tx) => {
    await lockWebsite(tx, { websiteId, mode: "update" });
    await requireWebsiteAccess(tx, actor, websiteId, "team.invite");
    const pending = await pendingInvitation(tx, { websiteId, invitationId });
    const now = new Date();
    const row = await tx.invitation.update({
      where: { id: pending.id },
      data: { tokenDigest: link.digest, expiresAt: invitationExpiry(now) },
      include: INVITATION_INCLUDE,
    });
    await recordAudit(tx, actor, {
      action: "team.invite-resend",
      websiteId,
      targetType: "invitation",
      targetId: row.id,
      metadata: { email: row.email },
    });
    return { invitation: toInvitationDto(row, now), token: link.token };
  });
}
