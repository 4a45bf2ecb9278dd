import "server-only";
import { latestExpiryWithin, tokenPolicyRefusal, type TokenPolicy } from "@/lib/access";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { requireAccountAccess } from "@/lib/websites/website-access";

/** One of the person's live tokens that a website it reaches would refuse today. */
export type OwnPolicyViolation = {
  tokenId: string;
  /** The first refusing website's rule, naming the website. */
  reason: string;
  /**
   * When "Regenerate within policy" would make it expire (ISO), or null when a new expiry does
   * not fix it (a website refuses tokens for all websites: the person edits its websites).
   */
  regenerateUntil: string | null;
};

/**
 * The hygiene strip's "outside a website's policy" on Account settings → API: the person's live
 * tokens made before a policy of a website they reach, or before it tightened.
 */
export async function listOwnPolicyViolations(actor: Actor, now = new Date()): Promise<OwnPolicyViolation[]> {
  const userId = requireAccountAccess(actor, "tokens.read");
  const [tokens, memberships] = await Promise.all([
    db().accountToken.findMany({
      where: { userId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
      select: { id: true, allWebsites: true, expiresAt: true, websites: { select: { websiteId: true } } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    }),
    db().membership.findMany({ where: { userId }, select: { websiteId: true } }),
  ]);
  const policies = new Map(
    (
      await db().websiteTokenPolicy.findMany({
        where: { websiteId: { in: memberships.map((m) => m.websiteId) } },
        include: { website: { select: { name: true } } },
        orderBy: { websiteId: "asc" },
      })
    ).map((policy) => [policy.websiteId, { name: policy.website.name, policy: policy as TokenPolicy }]),
  );
  const from = now.getTime();
  return tokens.flatMap((token) => {
    const reached = (
      token.allWebsites ? [...policies.keys()] : token.websites.map((w) => w.websiteId)
    ).flatMap((websiteId) => policies.get(websiteId) ?? []);
    const judged = { allWebsites: token.allWebsites, expiresAt: token.expiresAt?.getTime() ?? null };
    const reason = reached.map((website) => tokenPolicyRefusal(website, judged, from)).find(Boolean);
    if (!reason) return [];
    const latest = latestExpiryWithin(
      reached.map((website) => website.policy),
      from,
    );
    const regenerated = { allWebsites: token.allWebsites, expiresAt: latest };
    const fixable = reached.every((website) => tokenPolicyRefusal(website, regenerated, from) === null);
    return [
      {
        tokenId: token.id,
        reason,
        regenerateUntil: fixable && latest !== null ? new Date(latest).toISOString() : null,
      },
    ];
  });
}
