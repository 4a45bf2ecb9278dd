import "server-only";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { generateSecret } from "@/lib/secrets";
import { lockWebsite } from "@/lib/websites/lock-website";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import { WEBSITE_KEY_INCLUDE, toWebsiteKeyDto, type WebsiteKeyDto } from "./dto";
import { KEY_LIMIT_MESSAGE } from "./messages";
import { WEBSITE_KEY_LIMIT, createWebsiteKeySchema, type CreateWebsiteKeyInput } from "./schemas";

/**
 * Creates a `df_` key for the website (member-level power there). The raw secret is returned
 * here and nowhere else; the check, the count and the insert commit together or not at all.
 */
export async function createWebsiteKey(
  actor: Actor,
  websiteId: string,
  input: CreateWebsiteKeyInput,
): Promise<{ key: WebsiteKeyDto; secret: string }> {
  const data = createWebsiteKeySchema.parse(input);
  const secret = generateSecret("website-key");

  return db().$transaction(async (tx) => {
    // The website lock serializes creates on this website, so the count cannot go stale before
    // the insert (S68); a missing website falls through to the same refusal as an invisible one.
    await lockWebsite(tx, websiteId, "update");
    await requireWebsiteAccess(tx, actor, websiteId, "api-keys.write");
    const active = await tx.websiteKey.count({ where: { websiteId, revokedAt: null } });
    if (active >= WEBSITE_KEY_LIMIT) throw new AppError("INVALID", KEY_LIMIT_MESSAGE);
    const row = await tx.websiteKey.create({
      data: {
        websiteId,
        createdById: actor.userId,
        name: data.name,
        digest: secret.digest,
        displayKey: secret.displayKey,
      },
      include: WEBSITE_KEY_INCLUDE,
    });
    await recordAudit(tx, actor, {
      action: "website-key.create",
      websiteId,
      targetType: "website-key",
      targetId: row.id,
      metadata: { name: row.name, displayKey: row.displayKey },
    });
    return { key: toWebsiteKeyDto(row), secret: secret.raw };
  });
}
