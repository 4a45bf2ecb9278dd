import "server-only";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { revokeDescendants, type Descendant } from "@/lib/credentials/lineage";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockWebsite } from "@/lib/db/locks";
import { isUuid } from "@/lib/validation/id-input";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import { requireKeyManagement } from "./key-rules";
import { KEY_NOT_FOUND_MESSAGE } from "./messages";

/**
 * Revokes a key of the website and, in the same transaction, every key minted from it
 * (transitively): refused from the next request on, gone from the list, kept in the audit log
 * (one event each). Another website's key and an already revoked key are both "not found". A
 * key may revoke only itself and its descendants (S80). Returns what was revoked along with it.
 */
export async function revokeWebsiteKey(
  actor: Actor,
  ids: { websiteId: string; keyId: string },
): Promise<{ alsoRevoked: Descendant[] }> {
  const { websiteId, keyId } = ids;

  return db().$transaction(async (tx) => {
    await lockWebsite(tx, { websiteId, mode: "share" });
    await requireWebsiteAccess(tx, actor, websiteId, "api-keys.write");
    if (!isUuid(keyId)) throw new AppError("NOT_FOUND", KEY_NOT_FOUND_MESSAGE);
    const row = await tx.websiteKey.findFirst({
      where: { id: keyId, websiteId, revokedAt: null },
      select: { id: true, name: true, displayKey: true },
    });
    if (!row) throw new AppError("NOT_FOUND", KEY_NOT_FOUND_MESSAGE);
    await requireKeyManagement(tx, actor, { websiteId, keyId: row.id });
    // Conditional on still being live (one event for concurrent revokes); the rolled-away digest
    // goes too, so no secret of this key verifies after commit. The update locks the row before
    // its children are read (lib/credentials/lineage).
    const { count } = await tx.websiteKey.updateMany({
      where: { id: row.id, websiteId, revokedAt: null },
      data: { revokedAt: new Date(), previousDigest: null, previousExpiresAt: null },
    });
    if (count !== 1) throw new AppError("NOT_FOUND", KEY_NOT_FOUND_MESSAGE);
    await recordAudit(tx, actor, {
      action: "website-key.revoke",
      websiteId,
      targetType: "website-key",
      targetId: row.id,
      metadata: { name: row.name, displayKey: row.displayKey },
    });
    const alsoRevoked = await revokeDescendants(tx, actor, { kind: "website-key", id: row.id });
    return { alsoRevoked };
  });
}
