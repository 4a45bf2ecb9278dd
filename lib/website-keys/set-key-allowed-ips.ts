import "server-only";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { lockWebsiteKeyRow } from "@/lib/db/locks";
import { AppError } from "@/lib/errors";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import { WEBSITE_KEY_INCLUDE, toWebsiteKeyDto, type WebsiteKeyDto } from "./dto";
import { requireKeyManagement } from "./key-rules";
import { KEY_NOT_FOUND_MESSAGE } from "./messages";
import { keyAllowedIpsSchema, type KeyAllowedIpsInput } from "./schemas";

/**
 * Replaces a live key's IP allow-list (same secret, same lineage); audited with before and
 * after. Whoever may manage the key may set it, from the dashboard or over REST.
 */
export async function setWebsiteKeyAllowedIps(
  actor: Actor,
  ids: { websiteId: string; keyId: string },
  input: KeyAllowedIpsInput,
): Promise<WebsiteKeyDto> {
  const { allowedIps } = keyAllowedIpsSchema.parse(input);
  const { websiteId, keyId } = ids;

  return db().$transaction(async (tx) => {
    await requireWebsiteAccess(tx, actor, websiteId, "api-keys.write");
    const locked = await lockWebsiteKeyRow(tx, { websiteId, keyId });
    const row = locked ? await tx.websiteKey.findFirst({ where: { id: locked.id, revokedAt: null } }) : null;
    if (!row) throw new AppError("NOT_FOUND", KEY_NOT_FOUND_MESSAGE);
    await requireKeyManagement(tx, actor, { websiteId, keyId: row.id });
    if (row.allowedIps.join() !== allowedIps.join()) {
      await tx.websiteKey.update({ where: { id: row.id }, data: { allowedIps } });
      await recordAudit(tx, actor, {
        action: "website-key.update",
        websiteId,
        targetType: "website-key",
        targetId: row.id,
        metadata: {
          name: row.name,
          displayKey: row.displayKey,
          before: { allowedIps: row.allowedIps },
          after: { allowedIps },
        },
      });
    }
    const updated = await tx.websiteKey.findUniqueOrThrow({
      where: { id: row.id },
      include: WEBSITE_KEY_INCLUDE,
    });
    return toWebsiteKeyDto(updated);
  });
}
