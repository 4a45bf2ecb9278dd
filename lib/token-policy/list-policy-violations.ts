import "server-only";
import { tokenPolicyRefusal } from "@/lib/access";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import type { PolicyViolation } from "./schemas";

/**
 * The live tokens reaching the website that its policy would refuse today (made before the
 * policy, or before it tightened): for the website's policy section and the hygiene strip.
 * Lifetimes count from now: a token complies once what is left of it fits the policy.
 */
export async function listPolicyViolations(
  actor: Actor,
  websiteId: string,
  now = new Date(),
): Promise<PolicyViolation[]> {
  await requireWebsiteAccess(db(), actor, websiteId, "token-policy.read");
  const policy = await db().websiteTokenPolicy.findUnique({
    where: { websiteId },
    include: { website: { select: { name: true } } },
  });
  if (!policy) return [];
  const tokens = await db().accountToken.findMany({
    where: {
      revokedAt: null,
      OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
      AND: {
        OR: [
          { allWebsites: true, user: { memberships: { some: { websiteId } } } },
          { allWebsites: false, websites: { some: { websiteId } } },
        ],
      },
    },
    include: { user: { select: { id: true, name: true } } },
    orderBy: { createdAt: "asc" },
  });
  return tokens.flatMap((token) => {
    const judged = { allWebsites: token.allWebsites, expiresAt: token.expiresAt?.getTime() ?? null };
    const reason = tokenPolicyRefusal({ name: policy.website.name, policy }, judged, now.getTime());
    return reason
      ? [
          {
            tokenId: token.id,
            name: token.name,
            displayKey: token.displayKey,
            person: { _id: token.user.id, name: token.user.name },
            reason,
          },
        ]
      : [];
  });
}
