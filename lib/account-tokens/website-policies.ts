import "server-only";
import { tokenPolicyRefusal, type PolicyToken } from "@/lib/access";
import type { Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

type Tx = Prisma.TransactionClient;

/**
 * Refuses (400 naming the website and its rule) a token that a website it reaches does not
 * accept: its allow-listed websites, or for a token for all websites, every website its person
 * is on. Called by create, edit and regenerate inside their transactions, after the role checks.
 */
export async function requireWithinWebsitePolicies(
  tx: Tx,
  userId: string,
  token: { websiteIds: readonly string[] | "all"; expiresAt: Date | null },
  now = new Date(),
): Promise<void> {
  const allWebsites = token.websiteIds === "all";
  const policies = await tx.websiteTokenPolicy.findMany({
    where: allWebsites
      ? { website: { memberships: { some: { userId } } } }
      : { websiteId: { in: [...token.websiteIds] } },
    include: { website: { select: { name: true } } },
    orderBy: { websiteId: "asc" },
  });
  const judged: PolicyToken = { allWebsites, expiresAt: token.expiresAt?.getTime() ?? null };
  for (const policy of policies) {
    const reason = tokenPolicyRefusal({ name: policy.website.name, policy }, judged, now.getTime());
    if (reason) throw new AppError("INVALID", reason, { field: allWebsites ? "websiteIds" : "expiry" });
  }
}
