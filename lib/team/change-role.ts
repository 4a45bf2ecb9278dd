import "server-only";
import { isAssignableRole } from "@/lib/access";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockWebsite } from "@/lib/websites/lock-website";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import { lockedMembership } from "./member-row";
import { changeRoleSchema, type ChangeRoleInput } from "./schemas";

/**
 * Owners move people between member and viewer. Tokens follow on their next request: access is
 * computed from the current role every time, nothing is cached.
 */
export async function changeMemberRole(
  actor: Actor,
  websiteId: string,
  userId: string,
  input: ChangeRoleInput,
): Promise<{ userId: string; role: "member" | "viewer" }> {
  const { role } = changeRoleSchema.parse(input);
  return db().$transaction(async (tx) => {
    await lockWebsite(tx, websiteId, "update");
    await requireWebsiteAccess(tx, actor, websiteId, "team.change-role");
    const membership = await lockedMembership(tx, websiteId, userId);
    if (!isAssignableRole(membership.role)) {
      throw new AppError(
        "CONFLICT",
        "The owner's role can't be changed. Transfer ownership to someone else first.",
      );
    }
    if (membership.role !== role) {
      await tx.membership.update({ where: { id: membership.id }, data: { role } });
      await recordAudit(tx, actor, {
        action: "team.role-change",
        websiteId,
        targetType: "user",
        targetId: userId,
        metadata: { from: membership.role, to: role },
      });
    }
    return { userId, role };
  });
}
