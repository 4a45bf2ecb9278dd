import "server-only";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { END_GRACE, graceRuns } from "@/lib/credentials/end-grace";
import { db } from "@/lib/db";
import { lockWebsite } from "@/lib/db/locks";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/id-input";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import { WEBSITE_KEY_INCLUDE, toWebsiteKeyDto, type WebsiteKeyDto } from "./dto";
import { requireKeyManagement } from "./key-rules";
import {
  KEY_EXPIRED_MESSAGE,
  KEY_NO_GRACE_MESSAGE,
  KEY_NOT_FOUND_MESSAGE,
  KEY_REVOKED_GRACE_MESSAGE,
  KEY_ROLL_RACE_MESSAGE,
} from "./messages";

/**
 * "Expire old secret now": ends a roll's grace period at once. The rolled-away secret is refused
 * from the next request on, on every instance; the current secret keeps working. Authorized as a
 * roll (api-keys.write and the key-management rule) but, like a revoke, it only shortens a
 * credential's life. Refused with CONFLICT when no grace period runs, so nothing changes.
 */
export async function expireWebsiteKeyPreviousSecret(
  actor: Actor,
  { websiteId, keyId }: { websiteId: string; keyId: string },
): Promise<WebsiteKeyDto> {
  return db().$transaction(async (tx) => {
    await lockWebsite(tx, { websiteId, mode: "share" });
    await requireWebsiteAccess(tx, actor, websiteId, "api-keys.write");
    // By both ids, so another website's key id is "not found" (S27/S28).
    const row = isUuid(keyId) ? await tx.websiteKey.findFirst({ where: { id: keyId, websiteId } }) : null;
    if (!row) throw new AppError("NOT_FOUND", KEY_NOT_FOUND_MESSAGE);
    await requireKeyManagement(tx, actor, { websiteId, keyId: row.id });
    const now = new Date();
    if (row.revokedAt) throw new AppError("CONFLICT", KEY_REVOKED_GRACE_MESSAGE);
    if (row.expiresAt && row.expiresAt <= now) throw new AppError("CONFLICT", KEY_EXPIRED_MESSAGE);
    if (!graceRuns(row, now)) throw new AppError("CONFLICT", KEY_NO_GRACE_MESSAGE);
    // Only the old secret read above: a roll or revoke that committed since makes this refuse.
    const { count } = await tx.websiteKey.updateMany({
      where: { id: row.id, websiteId, revokedAt: null, previousDigest: row.previousDigest },
      data: END_GRACE,
    });
    if (count !== 1) throw new AppError("CONFLICT", KEY_ROLL_RACE_MESSAGE);
    await recordAudit(tx, actor, {
      action: "website-key.expire-previous",
      websiteId,
      targetType: "website-key",
      targetId: row.id,
      metadata: {
        name: row.name,
        displayKey: row.displayKey,
        // When the old secret would have stopped working.
        previousExpiresAt: row.previousExpiresAt?.toISOString() ?? null,
      },
    });
    const ended = await tx.websiteKey.findUniqueOrThrow({
      where: { id: row.id },
      include: WEBSITE_KEY_INCLUDE,
    });
    return toWebsiteKeyDto(ended);
  });
}
