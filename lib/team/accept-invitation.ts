import "server-only";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { digestLinkToken } from "@/lib/secrets";
import { lockWebsite } from "@/lib/db/locks";
import { invitationTokenSchema } from "./schemas";

const INVALID = "This invitation link is not valid.";

export const UNVERIFIED_EMAIL =
  "Verify your email address to accept this invitation: open the link we sent you, or ask for a new one.";

/**
 * Joins the website with the invited role. The signed-in person's email must be the invited
 * one, and verified: whoever registers an address without its mailbox cannot use a leaked
 * invitation for it (S89). Accepting the same link again is a no-op that lands them on the website.
 */
export async function acceptInvitation(actor: Actor, token: string): Promise<{ websiteId: string }> {
  if (actor.principal.kind !== "session" || !actor.userId)
    throw new AppError("FORBIDDEN", "Sign in to accept an invitation.");
  const userId = actor.userId;
  const parsed = invitationTokenSchema.safeParse(token);
  if (!parsed.success) throw new AppError("NOT_FOUND", INVALID);
  const digest = digestLinkToken(parsed.data);

  return db().$transaction(async (tx) => {
    const found = await tx.invitation.findUnique({
      where: { tokenDigest: digest },
      select: { websiteId: true },
    });
    if (!found) throw new AppError("NOT_FOUND", INVALID);
    await lockWebsite(tx, { websiteId: found.websiteId, mode: "update" });
    const invitation = await tx.invitation.findUniqueOrThrow({ where: { tokenDigest: digest } });
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { email: true, emailVerifiedAt: true },
    });
    if (user.email !== invitation.email) {
      throw new AppError(
        "FORBIDDEN",
        `This invitation is for ${invitation.email}. You are signed in as ${user.email}.`,
      );
    }
    if (!user.emailVerifiedAt) throw new AppError("FORBIDDEN", UNVERIFIED_EMAIL);
    const membership = await tx.membership.findUnique({
      where: { userId_websiteId: { userId, websiteId: invitation.websiteId } },
    });
    if (invitation.acceptedAt) {
      if (membership) return { websiteId: invitation.websiteId };
      throw new AppError("CONFLICT", "This invitation was already used.");
    }
    if (invitation.revokedAt)
      throw new AppError("CONFLICT", "This invitation was revoked. Ask the owner for a new one.");
    if (invitation.expiresAt <= new Date())
      throw new AppError("CONFLICT", "This invitation has expired. Ask the owner to resend it.");
    // Someone who joined meanwhile keeps their role: an invitation never demotes or promotes.
    if (!membership)
      await tx.membership.create({
        data: { userId, websiteId: invitation.websiteId, role: invitation.role },
      });
    await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: new Date() } });
    await recordAudit(tx, actor, {
      action: "team.join",
      websiteId: invitation.websiteId,
      targetType: "invitation",
      targetId: invitation.id,
      metadata: { role: membership?.role ?? invitation.role },
    });
    return { websiteId: invitation.websiteId };
  });
}
