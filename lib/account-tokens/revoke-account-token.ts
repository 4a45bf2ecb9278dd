import "server-only";
import { coversForRevoke, isGrant } from "@/lib/access";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { revokeDescendants, tokenIsWithin, type Descendant } from "@/lib/credentials/lineage";
import { db, type Prisma } from "@/lib/db";
import { lockOwnTokenRow } from "@/lib/db/locks";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/id-input";
import { requireAccountAccess } from "@/lib/websites/website-access";
import { TOKEN_NOT_FOUND_MESSAGE, TOKEN_OUT_OF_BOUNDS_MESSAGE } from "./messages";

type Tx = Prisma.TransactionClient;

type Target = {
  id: string;
  name: string;
  displayKey: string;
  permissions: string[];
  allWebsites: boolean;
};

/** The person's live token, locked for the revoke; another person's or a revoked one: not found. */
async function lockTarget(tx: Tx, userId: string, tokenId: string): Promise<Target> {
  const row = await lockOwnTokenRow(tx, { userId, tokenId });
  if (!row) throw new AppError("NOT_FOUND", TOKEN_NOT_FOUND_MESSAGE);
  return row;
}

/**
 * A token revokes only tokens within its own bounds (S81): itself, one it minted (transitively),
 * or one whose permissions and scope it covers. Otherwise a narrow token could end a wider one.
 */
async function checkWithinBounds(tx: Tx, actor: Actor, target: Target): Promise<void> {
  const principal = actor.principal;
  if (principal.kind !== "account-token") return;
  if (await tokenIsWithin(tx, { tokenId: target.id, ancestorId: principal.tokenId })) return;
  const websites = target.allWebsites
    ? "all"
    : (
        await tx.accountTokenWebsite.findMany({ where: { tokenId: target.id }, select: { websiteId: true } })
      ).map((w) => w.websiteId);
  // Anything not a catalogue grant counts against coverage, never for it.
  const unknown = target.permissions.some((grant) => !isGrant(grant));
  const covered =
    !unknown &&
    coversForRevoke(principal, { permissions: target.permissions.filter(isGrant), websiteIds: websites });
  if (!covered)
    throw new AppError("FORBIDDEN", TOKEN_OUT_OF_BOUNDS_MESSAGE, {
      refused: { operation: "tokens.write", websiteId: null },
    });
}

/**
 * Revokes one of the actor's own tokens and, in the same transaction, every credential minted
 * from it (tokens and website keys, transitively): refused from the next request on, gone from
 * the lists, kept in the audit log (one event each). Someone else's token and an already revoked
 * one are both "not found". Returns what was revoked along with it.
 */
export async function revokeAccountToken(
  actor: Actor,
  tokenId: string,
): Promise<{ alsoRevoked: Descendant[] }> {
  const userId = requireAccountAccess(actor, "tokens.write");
  if (!isUuid(tokenId)) throw new AppError("NOT_FOUND", TOKEN_NOT_FOUND_MESSAGE);

  return db().$transaction(async (tx) => {
    const row = await lockTarget(tx, userId, tokenId);
    await checkWithinBounds(tx, actor, row);
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
    const alsoRevoked = await revokeDescendants(tx, actor, { kind: "account-token", id: row.id });
    return { alsoRevoked };
  });
}
