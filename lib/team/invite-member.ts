import "server-only";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { generateLinkToken } from "@/lib/secrets";
import { lockWebsite } from "@/lib/db/locks";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import { INVITATION_INCLUDE, toInvitationDto, type InvitationDto } from "./invitation-dto";
import { invitationExpiry } from "./invitation-expiry";
import { inviteSchema, type InviteInput } from "./schemas";

/**
 * Invites someone by email (owners only). Returns the link token once: only its digest is
 * stored, so a lost link is replaced by resending, never recovered.
 */
export async function inviteMember(
  actor: Actor,
  websiteId: string,
  input: InviteInput,
): Promise<{ invitation: InvitationDto; token: string }> {
  const { email, role } = inviteSchema.parse(input);
  const link = generateLinkToken();
  return db().$transaction(async (tx) => {
    await lockWebsite(tx, { websiteId, mode: "update" });
    await requireWebsiteAccess(tx, actor, websiteId, "team.invite");
    const inviterId = actor.userId;
    if (!inviterId) throw new AppError("FORBIDDEN", "Only a person can invite.");
    const member = await tx.membership.findFirst({
      where: { websiteId, user: { email } },
      select: { userId: true },
    });
    if (member?.userId === inviterId)
      throw new AppError("INVALID", "You can't invite yourself.", { field: "email" });
    if (member)
      throw new AppError("CONFLICT", `${email} is already a member of this website.`, { field: "email" });
    const now = new Date();
    // An expired invitation no longer blocks a new one: it is closed first.
    await tx.invitation.updateMany({
      where: { websiteId, email, acceptedAt: null, revokedAt: null, expiresAt: { lte: now } },
      data: { revokedAt: now },
    });
    const pending = await tx.invitation.findFirst({
      where: { websiteId, email, acceptedAt: null, revokedAt: null },
      select: { id: true },
    });
    if (pending)
      throw new AppError("CONFLICT", `${email} already has a pending invitation. Resend or revoke it.`, {
        field: "email",
      });
    const row = await tx.invitation.create({
      data: {
        websiteId,
        email,
        role,
        tokenDigest: link.digest,
        invitedById: inviterId,
        expiresAt: invitationExpiry(now),
      },
      include: INVITATION_INCLUDE,
    });
    await recordAudit(tx, actor, {
      action: "team.invite",
      websiteId,
      targetType: "invitation",
      targetId: row.id,
      metadata: { email, role },
    });
    return { invitation: toInvitationDto(row, now), token: link.token };
  });
}
