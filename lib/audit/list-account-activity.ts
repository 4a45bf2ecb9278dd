import "server-only";
import { requireAccountAccess } from "@/lib/websites/website-access";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { membershipFacts } from "@/lib/websites/membership-facts";
import type { ActivityQuery } from "./activity-query";
import { listActivity, type ActivityPage } from "./list-activity";

/**
 * The person's own acts, plus any act on one of their account tokens (revoked ones included),
 * whoever did it. Websites show by domain only while the person is still a member there.
 */
export async function listAccountActivity(actor: Actor, query: ActivityQuery = {}): Promise<ActivityPage> {
  const userId = requireAccountAccess(actor, "account.read");
  const [tokens, memberships] = await Promise.all([
    db().accountToken.findMany({ where: { userId }, select: { id: true } }),
    membershipFacts(userId),
  ]);
  const scope = {
    OR: [
      { actorUserId: userId },
      { targetType: "account-token", targetId: { in: tokens.map((token) => token.id) } },
    ],
  };
  return listActivity(scope, query, new Map(memberships.map((fact) => [fact.websiteId, fact.websiteName])));
}
