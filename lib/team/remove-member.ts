import "server-only";
import { isAssignableRole } from "@/lib/access";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db, type Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockWebsite } from "@/lib/websites/lock-website";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import { lockedMembership } from "./member-row";

export type Offboarding = {
  /** Website keys the person created here: they keep working (they belong to the website), so each is offered a roll. */
  keysToRoll: { _id: string; name: string; displayKey: string }[];
};

type Tx = Prisma.TransactionClient;

/** Ends a membership and drops the website from the person's token allow-lists. */
async function endMembership(
  tx: Tx,
  websiteId: string,
  userId: string,
  membershipId: string,
): Promise<Offboarding> {
  await tx.membership.delete({ where: { id: membershipId } });
  await tx.accountTokenWebsite.deleteMany({ where: { websiteId, token: { userId } } });
  const keys = await tx.websiteKey.findMany({
    where: { websiteId, createdById: userId, revokedAt: null },
    select: { id: true, name: true, displayKey: true },
    orderBy: { createdAt: "desc" },
  });
  return { keysToRoll: keys.map((key) => ({ _id: key.id, name: key.name, displayKey: key.displayKey })) };
}

const OWNER_STAYS = "A website always has an owner: transfer ownership to someone else first.";

/** Owners remove members and viewers; the person's tokens lose this website on their next request. */
export async function removeMember(actor: Actor, websiteId: string, userId: string): Promise<Offboarding> {
  return db().$transaction(async (tx) => {
    await lockWebsite(tx, websiteId, "update");
    await requireWebsiteAccess(tx, actor, websiteId, "team.remove");
    const membership = await lockedMembership(tx, websiteId, userId);
    if (!isAssignableRole(membership.role)) throw new AppError("CONFLICT", OWNER_STAYS);
    const offboarding = await endMembership(tx, websiteId, userId, membership.id);
    await recordAudit(tx, actor, {
      action: "team.remove",
      websiteId,
      targetType: "user",
      targetId: userId,
      metadata: { role: membership.role, keysToRoll: offboarding.keysToRoll.map((key) => key._id) },
    });
    return offboarding;
  });
}

/** A member or viewer leaves a website; its owner cannot (S36). */
export async function leaveWebsite(actor: Actor, websiteId: string): Promise<void> {
  if (actor.principal.kind !== "session" || !actor.userId)
    throw new AppError("FORBIDDEN", "Only a signed-in person can leave a website.");
  const userId = actor.userId;
  await db().$transaction(async (tx) => {
    await lockWebsite(tx, websiteId, "update");
    await requireWebsiteAccess(tx, actor, websiteId, "team.read");
    const membership = await lockedMembership(tx, websiteId, userId);
    if (!isAssignableRole(membership.role)) throw new AppError("CONFLICT", OWNER_STAYS);
    await endMembership(tx, websiteId, userId, membership.id);
    await recordAudit(tx, actor, {
      action: "team.leave",
      websiteId,
      targetType: "user",
      targetId: userId,
      metadata: { role: membership.role },
    });
  });
}
