import "server-only";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockWebsite } from "@/lib/db/locks";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import { lockedMembership } from "./member-row";
import { transferSchema, type TransferInput } from "./schemas";

/**
 * Hands the website to another member, confirmed by typing their email; the previous owner
 * stays on as a member. The website row lock serializes this with removals and other
 * transfers, and the database's one-owner index backs it up: never zero or two owners.
 */
export async function transferOwnership(
  actor: Actor,
  websiteId: string,
  input: TransferInput,
): Promise<void> {
  const { userId, confirmEmail } = transferSchema.parse(input);
  await db().$transaction(async (tx) => {
    await lockWebsite(tx, { websiteId, mode: "update" });
    await requireWebsiteAccess(tx, actor, websiteId, "website.transfer");
    if (userId === actor.userId)
      throw new AppError("CONFLICT", "You already own this website.", { field: "userId" });
    const target = await lockedMembership(tx, { websiteId, userId });
    const person = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
    if (confirmEmail !== person.email)
      throw new AppError("INVALID", `Type ${person.email} to confirm.`, { field: "confirmEmail" });
    // Demote first: the one-owner index refuses two owners even for an instant.
    await tx.membership.updateMany({ where: { websiteId, role: "owner" }, data: { role: "member" } });
    await tx.membership.update({ where: { id: target.id }, data: { role: "owner" } });
    await recordAudit(tx, actor, {
      action: "team.transfer",
      websiteId,
      targetType: "user",
      targetId: userId,
      metadata: { previousRole: target.role },
    });
  });
}
