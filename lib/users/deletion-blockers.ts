import "server-only";
import { db } from "@/lib/db";

/** A website that keeps someone's account from being deleted: they are its (one) owner. */
export type BlockingWebsite = { _id: string; name: string; domain: string };

/**
 * The websites the person owns. A website always keeps its one owner, so each must be
 * transferred or deleted before the account can be (deleteAccount refuses until then); the
 * account page lists them before asking for any credentials.
 */
export async function websitesBlockingDeletion(userId: string): Promise<BlockingWebsite[]> {
  const owned = await db().membership.findMany({
    where: { userId, role: "owner" },
    select: { website: { select: { id: true, name: true, domain: true } } },
    orderBy: { website: { name: "asc" } },
  });
  return owned.map(({ website }) => ({ _id: website.id, name: website.name, domain: website.domain }));
}
