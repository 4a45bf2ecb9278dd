import "server-only";
import { isAssignableRole } from "@/lib/access";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockWebsite } from "@/lib/db/locks";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import { lockedMembership } from "./member-row";
import { offboardKeys, type Offboarding } from "./remove-member";
import { changeRoleSchema, type ChangeRoleInput } from "./schemas";

const NOTHING: Offboarding = { keysToRoll: [], revokedKeys: [] };

/**
 * Owners move people between member and viewer. Tokens and keys follow on their next request:
 * access is computed from the current role every time, never from a stale one (a viewer's keys read
 * only, S82). A demotion to viewer also flags every key the person stands behind here for a
 * roll, or revokes them at once with `revokeKeys: true`.
 */
export async function changeMemberRole(
  actor: Actor,
  { websiteId, userId, ...input }: { websiteId: string; userId: string } & ChangeRoleInput,
): Promise<{ userId: string; role: "member" | "viewer" } & Offboarding> {
  const { role, revokeKeys } = changeRoleSchema.parse(input);
  return db().$transaction(async (tx) => {
    await lockWebsite(tx, { websiteId, mode: "update" });
    await requireWebsiteAccess(tx, actor, websiteId, "team.change-role");
    const membership = await lockedMembership(tx, { websiteId, userId });
    if (!isAssignableRole(membership.role)) {
      throw new AppError(
        "CONFLICT",
        "The owner's role can't be changed. Transfer ownership to someone else first.",
      );
    }
    if (membership.role === role && !revokeKeys) return { userId, role, ...NOTHING };
    const demoted = membership.role === "member" && role === "viewer";
    const offboarding =
      demoted || revokeKeys
        ? await offboardKeys(tx, actor, { websiteId, userId, cause: "member demoted", revokeKeys })
        : NOTHING;
    if (membership.role !== role) {
      await tx.membership.update({ where: { id: membership.id }, data: { role } });
      await recordAudit(tx, actor, {
        action: "team.role-change",
        websiteId,
        targetType: "user",
        targetId: userId,
        metadata: {
          from: membership.role,
          to: role,
          keysToRoll: offboarding.keysToRoll.map((key) => key._id),
          revokedKeys: offboarding.revokedKeys.map((key) => key._id),
        },
      });
    }
    return { userId, role, ...offboarding };
  });
}
