import "server-only";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { rotateSecret } from "@/lib/credentials/rotate-secret";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/id-input";
import { requireAccountAccess } from "@/lib/websites/website-access";
import { ACCOUNT_TOKEN_INCLUDE, toAccountTokenDto, type AccountTokenDto } from "./dto";
import {
  TOKEN_EXPIRED_MESSAGE,
  TOKEN_NOT_FOUND_MESSAGE,
  TOKEN_REVOKED_MESSAGE,
  TOKEN_ROLL_RACE_MESSAGE,
  TOKEN_ROLL_WIDER_MESSAGE,
} from "./messages";
import { rollSchema, type RollInput } from "./schemas";
import { requireTokenWithinCaller } from "./within-caller";

/**
 * Issues a new secret for the same token (same id, name, permissions, scope). The old secret
 * dies now, or at the end of the grace period. Of two concurrent rolls exactly one wins (S66).
 */
export async function rollAccountToken(
  actor: Actor,
  { tokenId, ...input }: { tokenId: string } & RollInput,
): Promise<{ token: AccountTokenDto; key: string }> {
  const userId = requireAccountAccess(actor, "tokens.write");
  const { grace } = rollSchema.parse(input);
  if (!isUuid(tokenId)) throw new AppError("NOT_FOUND", TOKEN_NOT_FOUND_MESSAGE);

  // The roll is based on the version read here, outside the transaction: the update below only
  // applies if the digest is still the one read, so a roll or revoke that commits in between
  // makes this one refuse (optimistic concurrency) instead of both "succeeding".
  // Another person's token is "not found", never "forbidden": ids are not confirmed to outsiders.
  const row = await db().accountToken.findFirst({
    where: { id: tokenId, userId },
    include: ACCOUNT_TOKEN_INCLUDE,
  });
  if (!row) throw new AppError("NOT_FOUND", TOKEN_NOT_FOUND_MESSAGE);
  const now = new Date();
  if (row.revokedAt) throw new AppError("CONFLICT", TOKEN_REVOKED_MESSAGE);
  if (row.expiresAt && row.expiresAt <= now) throw new AppError("CONFLICT", TOKEN_EXPIRED_MESSAGE);
  requireTokenWithinCaller(actor, row, TOKEN_ROLL_WIDER_MESSAGE);

  return db().$transaction(async (tx) => {
    const rotation = rotateSecret("account-token", row, grace, now);
    // 0 rows: a concurrent roll or revoke committed first (S66/S67).
    const { count } = await tx.accountToken.updateMany({
      where: { id: row.id, digest: row.digest, revokedAt: null },
      data: rotation.data,
    });
    if (count !== 1) throw new AppError("CONFLICT", TOKEN_ROLL_RACE_MESSAGE);
    await recordAudit(tx, actor, {
      action: "token.roll",
      targetType: "account-token",
      targetId: row.id,
      metadata: {
        name: row.name,
        displayKey: rotation.data.displayKey,
        previousDisplayKey: row.displayKey,
        grace,
        previousExpiresAt: rotation.data.previousExpiresAt?.toISOString() ?? null,
      },
    });
    const rolled = await tx.accountToken.findUniqueOrThrow({
      where: { id: row.id },
      include: ACCOUNT_TOKEN_INCLUDE,
    });
    return { token: toAccountTokenDto(rolled), key: rotation.raw };
  });
}
