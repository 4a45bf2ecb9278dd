import "server-only";
import { tokenPolicyRefusal, type PolicyToken, type TokenPolicy } from "@/lib/access";
import type { Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

type Tx = Prisma.TransactionClient;

/**
 * The policies of the websites a token reaches: its allow-listed websites, or for a token for
 * all websites, every website its person is on.
 */
export async function policiesReaching(
  tx: Tx,
  userId: string,
  websiteIds: readonly string[] | "all",
): Promise<{ name: string; policy: TokenPolicy }[]> {
  const policies = await tx.websiteTokenPolicy.findMany({
    where:
      websiteIds === "all"
        ? { website: { memberships: { some: { userId } } } }
        : { websiteId: { in: [...websiteIds] } },
    include: { website: { select: { name: true } } },
    orderBy: { websiteId: "asc" },
  });
  return policies.map((policy) => ({ name: policy.website.name, policy }));
}

/**
 * Refuses (400 naming the website and its rule) a token that a website it reaches does not
 * accept. Called by create, edit and regenerate inside their transactions, after the role checks.
 */
export async function requireWithinWebsitePolicies(
  tx: Tx,
  userId: string,
  token: { websiteIds: readonly string[] | "all"; expiresAt: Date | null },
  now = new Date(),
): Promise<void> {
  const allWebsites = token.websiteIds === "all";
  const judged: PolicyToken = { allWebsites, expiresAt: token.expiresAt?.getTime() ?? null };
  for (const website of await policiesReaching(tx, userId, token.websiteIds)) {
    const reason = tokenPolicyRefusal(website, judged, now.getTime());
    if (reason) throw new AppError("INVALID", reason, { field: allWebsites ? "websiteIds" : "expiry" });
  }
}
