import "server-only";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/websites/website-access";
import { actingUser } from "./acting-user";
import { TOKEN_NOT_FOUND_MESSAGE } from "./messages";

/**
 * Revokes one of the actor's own tokens: refused from the next request on, gone from the list,
 * kept in the audit log. Someone else's token and an already revoked one are both "not found".
 */
export async function revokeAccountToken(actor: Actor, tokenId: string): Promise<void> {
  const userId = actingUser(actor, "tokens.write");
  if (!isUuid(tokenId)) throw new AppError("NOT_FOUND", TOKEN_NOT_FOUND_MESSAGE);

  await db().$transaction(async (tx) => {
    const row = await tx.accountToken.findFirst({
      where: { id: tokenId, userId, revokedAt: null },
      select: { id: true, name: true, displayKey: true },
    });
    if (!row) throw new AppError("NOT_FOUND", TOKEN_NOT_FOUND_MESSAGE);
    // Conditional on still being live, so a concurrent revoke records one event, not two; the
    // rolled-away digest goes too, so no secret of this token verifies after commit.
    const { count } = await tx.accountToken.updateMany({
      where: { id: row.id, revokedAt: null },
      data: { revokedAt: new Date(), previousDigest: null, previousExpiresAt: null },
    });
    if (count !== 1) throw new AppError("NOT_FOUND", TOKEN_NOT_FOUND_MESSAGE);
    await recordAudit(tx, actor, {
      action: "token.revoke",
      targetType: "account-token",
      targetId: row.id,
      metadata: { name: row.name, displayKey: row.displayKey },
    });
  });
}
