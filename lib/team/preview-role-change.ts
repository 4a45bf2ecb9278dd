import "server-only";
import {
  canonicalPermissions,
  isGrant,
  isRole,
  roleChangeImpact,
  type AssignableRole,
  type TokenImpact,
} from "@/lib/access";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { NOT_A_MEMBER_MESSAGE } from "./messages";
import { isUuid } from "@/lib/validation/id-input";
import { requireWebsiteAccess } from "@/lib/websites/website-access";

/**
 * Before an owner confirms a role change or a removal: which of that person's account tokens
 * lose which permissions on this website (`to` null: removal).
 */
export async function previewRoleChange(
  actor: Actor,
  { websiteId, userId, to }: { websiteId: string; userId: string; to: AssignableRole | null },
): Promise<TokenImpact[]> {
  await requireWebsiteAccess(db(), actor, websiteId, to === null ? "team.remove" : "team.change-role");
  const membership = isUuid(userId)
    ? await db().membership.findUnique({
        where: { userId_websiteId: { userId, websiteId } },
        select: { role: true },
      })
    : null;
  if (!membership || !isRole(membership.role)) throw new AppError("NOT_FOUND", NOT_A_MEMBER_MESSAGE);
  const tokens = await db().accountToken.findMany({
    where: { userId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }] },
    select: {
      id: true,
      name: true,
      permissions: true,
      allWebsites: true,
      websites: { select: { websiteId: true } },
    },
  });
  const facts = tokens.map((token) => ({
    id: token.id,
    name: token.name,
    permissions: canonicalPermissions(token.permissions.filter(isGrant)),
    websiteIds: token.allWebsites ? ("all" as const) : token.websites.map((w) => w.websiteId),
  }));
  return roleChangeImpact(facts, websiteId, membership.role, to);
}
