import "server-only";
import { isAssignableRole, OWNER_STAYS_MESSAGE } from "@/lib/access";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db, type Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockWebsite } from "@/lib/db/locks";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import { lockedMembership } from "./member-row";
import { flagKeys, personKeys, revokeKeys, type PersonKey } from "./person-keys";

export type Offboarding = {
  /**
   * Live website keys the person stands behind here — made by them, and minted from those —
   * flagged for the owner: they keep working (they belong to the website), so each is offered a
   * roll (or all at once: rollPersonKeys / revokePersonKeys).
   */
  keysToRoll: PersonKey[];
  /** Those keys, when the owner chose to revoke them with the change ({ revokeKeys: true }). */
  revokedKeys: PersonKey[];
};

/** What the owner chose to do with the person's keys when removing or demoting them. */
export type OffboardOptions = { revokeKeys?: boolean };

type Tx = Prisma.TransactionClient;

/**
 * The person's keys on the website, after a change that lost them power there: flagged, or
 * revoked at once when the owner chose so (one event each, naming the cause).
 */
export async function offboardKeys(
  tx: Tx,
  actor: Actor,
  {
    websiteId,
    userId,
    cause,
    ...options
  }: { websiteId: string; userId: string; cause: string } & OffboardOptions,
): Promise<Offboarding> {
  const keys = await personKeys(tx, { websiteId, userId, lock: true });
  if (options.revokeKeys) {
    await revokeKeys(tx, actor, websiteId, keys, cause);
    return { keysToRoll: [], revokedKeys: keys };
  }
  await flagKeys(tx, keys);
  return { keysToRoll: keys, revokedKeys: [] };
}

/** Ends a membership, drops the website from the person's token allow-lists, handles their keys. */
async function endMembership(
  tx: Tx,
  actor: Actor,
  target: { websiteId: string; userId: string; membershipId: string },
  cause: string,
  options: OffboardOptions,
): Promise<Offboarding> {
  const { websiteId, userId, membershipId } = target;
  await tx.membership.delete({ where: { id: membershipId } });
  await tx.accountTokenWebsite.deleteMany({ where: { websiteId, token: { userId } } });
  return offboardKeys(tx, actor, { websiteId, userId, cause, ...options });
}

/**
 * Owners remove members and viewers; the person's tokens lose this website on their next request.
 * Every key they stand behind here is flagged for a roll, or revoked at once with
 * `{ revokeKeys: true }`, in the same transaction.
 */
export async function removeMember(
  actor: Actor,
  { websiteId, userId, ...options }: { websiteId: string; userId: string } & OffboardOptions,
): Promise<Offboarding> {
  return db().$transaction(async (tx) => {
    await lockWebsite(tx, { websiteId, mode: "update" });
    await requireWebsiteAccess(tx, actor, websiteId, "team.remove");
    const membership = await lockedMembership(tx, { websiteId, userId });
    if (!isAssignableRole(membership.role)) throw new AppError("CONFLICT", OWNER_STAYS_MESSAGE);
    const target = { websiteId, userId, membershipId: membership.id };
    const offboarding = await endMembership(tx, actor, target, "member removed", options);
    await recordAudit(tx, actor, {
      action: "team.remove",
      websiteId,
      targetType: "user",
      targetId: userId,
      metadata: {
        role: membership.role,
        keysToRoll: offboarding.keysToRoll.map((key) => key._id),
        revokedKeys: offboarding.revokedKeys.map((key) => key._id),
      },
    });
    return offboarding;
  });
}

/** A member or viewer leaves a website; its owner cannot (S36). */
export async function leaveWebsite(actor: Actor, websiteId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    await lockWebsite(tx, { websiteId, mode: "update" });
    // lib/access decides: a session only, and the owner stays (CONFLICT).
    await requireWebsiteAccess(tx, actor, websiteId, "team.leave");
    // team.leave is a session's own act, so the actor is a person.
    const userId = actor.userId as string;
    const membership = await lockedMembership(tx, { websiteId, userId });
    const target = { websiteId, userId, membershipId: membership.id };
    const offboarding = await endMembership(tx, actor, target, "member left", {});
    await recordAudit(tx, actor, {
      action: "team.leave",
      websiteId,
      targetType: "user",
      targetId: userId,
      metadata: { role: membership.role, keysToRoll: offboarding.keysToRoll.map((key) => key._id) },
    });
  });
}
