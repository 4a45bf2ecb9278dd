import "server-only";
import type { Actor } from "@/lib/actor";
import { liveDescendants, type Descendant } from "@/lib/credentials/lineage";
import { db } from "@/lib/db";
import { lockWebsiteKeyRow } from "@/lib/db/locks";
import { AppError } from "@/lib/errors";
import { lockWebsite } from "@/lib/db/locks";
import { isUuid } from "@/lib/validation/id-input";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import type { WebsiteKeyDto } from "./dto";
import { requireKeyManagement } from "./key-rules";
import { KEY_NOT_FOUND_MESSAGE, KEY_REVOKED_MESSAGE } from "./messages";
import { rollKeyRow } from "./roll-website-key";

/**
 * Before a revoke is confirmed: the live keys minted from this one, transitively, which the
 * revoke would end too ("this also revokes N keys made with it").
 */
export async function previewWebsiteKeyRevoke(
  actor: Actor,
  ids: { websiteId: string; keyId: string },
): Promise<Descendant[]> {
  const { websiteId, keyId } = ids;
  await requireWebsiteAccess(db(), actor, websiteId, "api-keys.read");
  const row = isUuid(keyId)
    ? await db().websiteKey.findFirst({
        where: { id: keyId, websiteId, revokedAt: null },
        select: { id: true },
      })
    : null;
  if (!row) throw new AppError("NOT_FOUND", KEY_NOT_FOUND_MESSAGE);
  return db().$transaction((tx) => liveDescendants(tx, { kind: "website-key", id: row.id }, false));
}

/**
 * "Roll all" for a lineage: rolls the key and every live key minted from it, transitively, with
 * no grace (each old secret dies at commit). Rolling a single key never does this by itself.
 * Returns each new secret once, the key's first.
 */
export async function rollWebsiteKeyLineage(
  actor: Actor,
  ids: { websiteId: string; keyId: string },
): Promise<{ key: WebsiteKeyDto; secret: string }[]> {
  const { websiteId, keyId } = ids;
  return db().$transaction(async (tx) => {
    await lockWebsite(tx, { websiteId, mode: "share" });
    await requireWebsiteAccess(tx, actor, websiteId, "api-keys.write");
    const rootId = (await lockWebsiteKeyRow(tx, { websiteId, keyId }))?.id;
    if (!rootId) throw new AppError("NOT_FOUND", KEY_NOT_FOUND_MESSAGE);
    await requireKeyManagement(tx, actor, { websiteId, keyId: rootId });
    const root = await tx.websiteKey.findUniqueOrThrow({ where: { id: rootId } });
    if (root.revokedAt) throw new AppError("CONFLICT", KEY_REVOKED_MESSAGE);
    const below = await liveDescendants(tx, { kind: "website-key", id: rootId }, true);
    const now = new Date();
    const rolled = [];
    for (const id of [rootId, ...below.map((key) => key._id)]) {
      const row = await tx.websiteKey.findUniqueOrThrow({ where: { id } });
      // Expired keys stay as they are: a new secret would not work either.
      if (row.expiresAt && row.expiresAt <= now) continue;
      rolled.push(await rollKeyRow(tx, actor, row, "none", now, { lineageOf: rootId }));
    }
    return rolled;
  });
}
