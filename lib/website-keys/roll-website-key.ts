import "server-only";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { GracePeriod } from "@/lib/credentials/grace";
import { rotateSecret } from "@/lib/credentials/rotate-secret";
import { db, type Prisma } from "@/lib/db";
import type { WebsiteKey } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { lockWebsite } from "@/lib/db/locks";
import { isUuid } from "@/lib/validation/id-input";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import { WEBSITE_KEY_INCLUDE, toWebsiteKeyDto, type WebsiteKeyDto } from "./dto";
import { requireKeyManagement } from "./key-rules";
import {
  KEY_EXPIRED_MESSAGE,
  KEY_NOT_FOUND_MESSAGE,
  KEY_REVOKED_MESSAGE,
  KEY_ROLL_RACE_MESSAGE,
} from "./messages";
import { rollSchema, type RollInput } from "./schemas";

type Tx = Prisma.TransactionClient;

// The version this roll is based on, read before the transaction; by both ids, so another
// website's key id is "not found" (S27/S28). Nothing about it is revealed before authorization.
function findKey(websiteId: string, keyId: string) {
  if (!isUuid(websiteId) || !isUuid(keyId)) return Promise.resolve(null);
  return db().websiteKey.findFirst({ where: { id: keyId, websiteId } });
}

/**
 * Rolls one key as read in `row`, inside the caller's transaction (authorization done): a new
 * secret, the old one kept for the grace period. A roll clears the offboarding flag, since
 * whoever knew the old secret no longer holds the key. 0 rows updated: a concurrent roll or
 * revoke committed first (S66/S67).
 */
export async function rollKeyRow(
  tx: Tx,
  actor: Actor,
  row: WebsiteKey,
  grace: GracePeriod,
  now: Date,
  extra: Record<string, string> = {},
): Promise<{ key: WebsiteKeyDto; secret: string }> {
  const rotation = rotateSecret("website-key", row, grace, now);
  const { count } = await tx.websiteKey.updateMany({
    where: { id: row.id, websiteId: row.websiteId, digest: row.digest, revokedAt: null },
    data: { ...rotation.data, flaggedAt: null },
  });
  if (count !== 1) throw new AppError("CONFLICT", KEY_ROLL_RACE_MESSAGE);
  await recordAudit(tx, actor, {
    action: "website-key.roll",
    websiteId: row.websiteId,
    targetType: "website-key",
    targetId: row.id,
    metadata: {
      name: row.name,
      displayKey: rotation.data.displayKey,
      previousDisplayKey: row.displayKey,
      grace,
      previousExpiresAt: rotation.data.previousExpiresAt?.toISOString() ?? null,
      ...extra,
    },
  });
  const rolled = await tx.websiteKey.findUniqueOrThrow({
    where: { id: row.id },
    include: WEBSITE_KEY_INCLUDE,
  });
  return { key: toWebsiteKeyDto(rolled), secret: rotation.raw };
}

/**
 * Issues a new secret for the same key; the old one dies now or when the grace period ends.
 * Of two concurrent rolls exactly one wins (S66): the update only applies while the digest is
 * still the one read, so a roll or revoke that commits in between makes this one refuse. Rolling
 * does not reach the keys minted from this one (rollWebsiteKeyLineage does).
 */
export async function rollWebsiteKey(
  actor: Actor,
  { websiteId, keyId, ...input }: { websiteId: string; keyId: string } & RollInput,
): Promise<{ key: WebsiteKeyDto; secret: string }> {
  const { grace } = rollSchema.parse(input);
  const row = await findKey(websiteId, keyId);

  return db().$transaction(async (tx) => {
    await lockWebsite(tx, { websiteId, mode: "share" });
    await requireWebsiteAccess(tx, actor, websiteId, "api-keys.write");
    if (!row) throw new AppError("NOT_FOUND", KEY_NOT_FOUND_MESSAGE);
    await requireKeyManagement(tx, actor, { websiteId, keyId: row.id });
    if (row.revokedAt) throw new AppError("CONFLICT", KEY_REVOKED_MESSAGE);
    const now = new Date();
    if (row.expiresAt && row.expiresAt <= now) throw new AppError("CONFLICT", KEY_EXPIRED_MESSAGE);
    return rollKeyRow(tx, actor, row, grace, now);
  });
}
