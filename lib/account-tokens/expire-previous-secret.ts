import "server-only";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { END_GRACE, graceRuns } from "@/lib/credentials/end-grace";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/id-input";
import { requireAccountAccess } from "@/lib/websites/website-access";
import { ACCOUNT_TOKEN_INCLUDE, toAccountTokenDto, type AccountTokenDto } from "./dto";
import {
  TOKEN_EXPIRE_WIDER_MESSAGE,
  TOKEN_EXPIRED_MESSAGE,
  TOKEN_NO_GRACE_MESSAGE,
  TOKEN_NOT_FOUND_MESSAGE,
  TOKEN_REVOKED_GRACE_MESSAGE,
  TOKEN_ROLL_RACE_MESSAGE,
} from "./messages";
import { requireTokenWithinCaller } from "./within-caller";

/**
 * "Expire old secret now": ends a roll's grace period at once. The rolled-away secret is refused
 * from the next request on, on every instance; the current secret keeps working. Authorized as a
 * roll (tokens.write, within the calling token's bounds) but, like a revoke, it only shortens a
 * credential's life. Refused with CONFLICT when no grace period runs, so nothing changes.
 */
export async function expireAccountTokenPreviousSecret(
  actor: Actor,
  tokenId: string,
): Promise<AccountTokenDto> {
  const userId = requireAccountAccess(actor, "tokens.write");
  if (!isUuid(tokenId)) throw new AppError("NOT_FOUND", TOKEN_NOT_FOUND_MESSAGE);

  return db().$transaction(async (tx) => {
    // Another person's token is "not found", never "forbidden": ids are not confirmed to outsiders.
    const row = await tx.accountToken.findFirst({
      where: { id: tokenId, userId },
      include: ACCOUNT_TOKEN_INCLUDE,
    });
    if (!row) throw new AppError("NOT_FOUND", TOKEN_NOT_FOUND_MESSAGE);
    requireTokenWithinCaller(actor, row, TOKEN_EXPIRE_WIDER_MESSAGE);
    const now = new Date();
    if (row.revokedAt) throw new AppError("CONFLICT", TOKEN_REVOKED_GRACE_MESSAGE);
    if (row.expiresAt && row.expiresAt <= now) throw new AppError("CONFLICT", TOKEN_EXPIRED_MESSAGE);
    if (!graceRuns(row, now)) throw new AppError("CONFLICT", TOKEN_NO_GRACE_MESSAGE);
    // Only the old secret read above: a roll or revoke that committed since makes this refuse.
    const { count } = await tx.accountToken.updateMany({
      where: { id: row.id, revokedAt: null, previousDigest: row.previousDigest },
      data: END_GRACE,
    });
    if (count !== 1) throw new AppError("CONFLICT", TOKEN_ROLL_RACE_MESSAGE);
    await recordAudit(tx, actor, {
      action: "token.expire-previous",
      targetType: "account-token",
      targetId: row.id,
      metadata: {
        name: row.name,
        displayKey: row.displayKey,
        // When the old secret would have stopped working.
        previousExpiresAt: row.previousExpiresAt?.toISOString() ?? null,
      },
    });
    const ended = await tx.accountToken.findUniqueOrThrow({
      where: { id: row.id },
      include: ACCOUNT_TOKEN_INCLUDE,
    });
    return toAccountTokenDto(ended);
  });
}
