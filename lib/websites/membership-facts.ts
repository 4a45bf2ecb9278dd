import "server-only";
import { isRole, type MembershipFact } from "@/lib/access";
import { db, type Prisma } from "@/lib/db";

/** The person's websites and current roles, in the shape lib/access validates tokens against. */
export async function membershipFacts(
  userId: string,
  tx: Prisma.TransactionClient | ReturnType<typeof db> = db(),
): Promise<MembershipFact[]> {
  const rows = await tx.membership.findMany({
    where: { userId },
    select: { websiteId: true, role: true, website: { select: { name: true, domain: true } } },
    orderBy: { website: { name: "asc" } },
  });
  return rows
    .filter((row) => isRole(row.role))
    .map((row) => ({ websiteId: row.websiteId, websiteName: row.website.domain, role: row.role }));
}
