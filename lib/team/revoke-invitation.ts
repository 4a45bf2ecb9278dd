import "server-only";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { lockWebsite } from "@/lib/db/locks";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import { pendingInvitation } from "./pending-invitation";

export async function revokeInvitation(
  actor: Actor,
  { websiteId, invitationId }: { websiteId: string; invitationId: string },
): Promise<void> {
  await db().$transaction(async (tx) => {
    await lockWebsite(tx, { websiteId, mode: "update" });
    await requireWebsiteAccess(tx, actor, websiteId, "team.invite");
    const pending = await pendingInvitation(tx, { websiteId, invitationId });
    await tx.invitation.update({ where: { id: pending.id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, actor, {
      action: "team.invite-revoke",
      websiteId,
      targetType: "invitation",
      targetId: pending.id,
      metadata: { email: pending.email },
    });
  });
}
