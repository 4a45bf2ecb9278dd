import "server-only";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockWebsite } from "@/lib/db/locks";
import { isUuid } from "@/lib/validation/id-input";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import { WEBSITE_KEY_INCLUDE, toWebsiteKeyDto, type WebsiteKeyDto } from "./dto";
import { requireFreeKeyName } from "./key-names";
import { requireKeyManagement } from "./key-rules";
import { KEY_NOT_FOUND_MESSAGE } from "./messages";
import { renameWebsiteKeySchema, type RenameWebsiteKeyInput } from "./schemas";

/** Renames a live key of the website (same secret, same lineage); audited with before and after. */
export async function renameWebsiteKey(
  actor: Actor,
  ids: { websiteId: string; keyId: string },
  input: RenameWebsiteKeyInput,
): Promise<WebsiteKeyDto> {
  const { name } = renameWebsiteKeySchema.parse(input);
  const { websiteId, keyId } = ids;

  return db().$transaction(async (tx) => {
    // Update mode: names are checked for clashes, like creates.
    await lockWebsite(tx, { websiteId, mode: "update" });
    await requireWebsiteAccess(tx, actor, websiteId, "api-keys.write");
    const row = isUuid(keyId)
      ? await tx.websiteKey.findFirst({ where: { id: keyId, websiteId, revokedAt: null } })
      : null;
    if (!row) throw new AppError("NOT_FOUND", KEY_NOT_FOUND_MESSAGE);
    await requireKeyManagement(tx, actor, { websiteId, keyId: row.id });
    if (row.name !== name) {
      await requireFreeKeyName(tx, websiteId, name, row.id);
      await tx.websiteKey.update({ where: { id: row.id }, data: { name } });
      await recordAudit(tx, actor, {
        action: "website-key.rename",
        websiteId,
        targetType: "website-key",
        targetId: row.id,
        metadata: { name, displayKey: row.displayKey, before: { name: row.name }, after: { name } },
      });
    }
    const renamed = await tx.websiteKey.findUniqueOrThrow({
      where: { id: row.id },
      include: WEBSITE_KEY_INCLUDE,
    });
    return toWebsiteKeyDto(renamed);
  });
}
