import "server-only";
import type { Prisma } from "@/lib/db";
import { baseSlug, uniqueSlug } from "./slug";

/**
 * A slug for `name` that no other active funnel of the website holds. Call it under the website
 * lock (every funnel write takes it), so the answer cannot go stale before the write.
 */
export async function freeSlug(
  tx: Prisma.TransactionClient,
  websiteId: string,
  name: string,
  exceptId?: string,
): Promise<string> {
  const base = baseSlug(name);
  const rows = await tx.funnel.findMany({
    where: {
      websiteId,
      isActive: true,
      slug: { startsWith: base },
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    select: { slug: true },
  });
  return uniqueSlug(name, new Set(rows.map((row) => row.slug)));
}
