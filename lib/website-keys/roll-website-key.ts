import "server-only";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { rotateSecret } from "@/lib/credentials/rotate-secret";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockWebsite } from "@/lib/websites/lock-website";
import { isUuid, requireWebsiteAccess } from "@/lib/websites/website-access";
import { WEBSITE_KEY_INCLUDE, toWebsiteKeyDto, type WebsiteKeyDto } from "./dto";
import { KEY_NOT_FOUND_MESSAGE, KEY_REVOKED_MESSAGE, KEY_ROLL_RACE_MESSAGE } from "./messages";
import { rollSchema, type RollInput } from "./schemas";

// The version this roll is based on, read before the transaction; by both ids, so another
// website's key id is "not found" (S27/S28). Nothing about it is revealed before authorization.
function findKey(websiteId: string, keyId: string) {
  if (!isUuid(websiteId) || !isUuid(keyId)) return Promise.resolve(null);
  return db().websiteKey.findFirst({ where: { id: keyId, websiteId } });
}

/**
 * Issues a new secret for the same key; the old one dies now or when the grace period ends.
 * Of two concurrent rolls exactly one wins (S66): the update only applies while the digest is
 * still the one read, so a roll or revoke that commits in between makes this one refuse.
 */
export async function rollWebsiteKey(
  actor: Actor,
  ids: { websiteId: string; keyId: string },
  input: RollInput,
): Promise<{ key: WebsiteKeyDto; secret: string }> {
  const { grace } = rollSchema.parse(input);
  const { websiteId, keyId } = ids;
  const row = await findKey(websiteId, keyId);

  return db().$transaction(async (tx) => {
    await lockWebsite(tx, websiteId, "share");
    await requireWebsiteAccess(tx, actor, websiteId, "api-keys.write");
    if (!row) throw new AppError("NOT_FOUND", KEY_NOT_FOUND_MESSAGE);
    if (row.revokedAt) throw new AppError("CONFLICT", KEY_REVOKED_MESSAGE);

    const now = new Date();
    const rotation = rotateSecret("website-key", row.digest, grace, now);
    const { count } = await tx.websiteKey.updateMany({
      where: { id: row.id, websiteId, digest: row.digest, revokedAt: null },
      data: rotation.data,
    });
    if (count !== 1) throw new AppError("CONFLICT", KEY_ROLL_RACE_MESSAGE);
    await recordAudit(tx, actor, {
      action: "website-key.roll",
      websiteId,
      targetType: "website-key",
      targetId: row.id,
      metadata: {
        name: row.name,
        displayKey: rotation.data.displayKey,
        previousDisplayKey: row.displayKey,
        grace,
        previousExpiresAt: rotation.data.previousExpiresAt?.toISOString() ?? null,
      },
    });
    const rolled = await tx.websiteKey.findUniqueOrThrow({
      where: { id: row.id },
      include: WEBSITE_KEY_INCLUDE,
    });
    return { key: toWebsiteKeyDto(rolled), secret: rotation.raw };
  });
}
