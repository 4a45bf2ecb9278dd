import "server-only";
import type { Prisma } from "@/lib/db";
import { isUuid } from "@/lib/validation/id-input";

type Tx = Prisma.TransactionClient;

/**
 * Locks the website row for the rest of the transaction; false when there is no such website.
 *
 * Acts on a website's keys and settings take this lock BEFORE requireWebsiteAccess locks the
 * membership row, so every transaction meets the locks in the same order (website, then
 * membership) and a concurrent website delete — whose cascade locks memberships and keys —
 * waits for them instead of deadlocking with them. "update" also serializes creates, so a
 * count-then-insert cannot exceed a limit; "share" lets concurrent rolls and revokes proceed.
 */
export async function lockWebsite(tx: Tx, websiteId: string, mode: "update" | "share"): Promise<boolean> {
  if (!isUuid(websiteId)) return false;
  const rows =
    mode === "update"
      ? await tx.$queryRaw<
          { id: string }[]
        >`SELECT id FROM "Website" WHERE id = ${websiteId}::uuid FOR UPDATE`
      : await tx.$queryRaw<
          { id: string }[]
        >`SELECT id FROM "Website" WHERE id = ${websiteId}::uuid FOR SHARE`;
  return rows.length === 1;
}
