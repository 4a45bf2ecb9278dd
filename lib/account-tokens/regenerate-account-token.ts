import "server-only";
import { latestExpiryWithin, tokenPolicyRefusal } from "@/lib/access";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { clampSubtree } from "@/lib/credentials/clamp-subtree";
import { childExpiry } from "@/lib/credentials/lineage";
import { rotateSecret } from "@/lib/credentials/rotate-secret";
import { db, type Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ACCOUNT_TOKEN_INCLUDE, toAccountTokenDto, type AccountTokenDto } from "./dto";
import { sessionPerson } from "./edit-account-token";
import { TOKEN_NOT_FOUND_MESSAGE, TOKEN_ROLL_RACE_MESSAGE, TOKEN_WITHIN_POLICY_MESSAGE } from "./messages";
import {
  newAccountTokenSchema,
  regenerateAccountTokenSchema,
  type RegenerateAccountTokenInput,
} from "./schemas";
import { boundsOf, lockOwnToken } from "./token-row";
import { policiesReaching, requireWithinWebsitePolicies } from "./website-policies";

const expirySchema = newAccountTokenSchema.shape.expiresAt;

type Tx = Prisma.TransactionClient;

/** Chooses the new expiry inside the transaction, knowing the token, its websites and its parent's expiry. */
type ChooseExpiry = (
  tx: Tx,
  token: {
    userId: string;
    allWebsites: boolean;
    expiresAt: Date | null;
    websiteIds: readonly string[] | "all";
  },
  parentExpiry: Date | null,
) => Promise<Date | null>;

/**
 * Regenerate (S85, as GitHub's): a roll that also sets a new expiry, for an expired token or a
 * live one. The old secret stops working at once (no grace), the id, name, permissions and
 * websites stay, and the act is audited. Tokens minted from it keep their own expiry (a later
 * expiry here does not lift theirs; an earlier one clamps them). Dashboard only, like edit.
 */
export async function regenerateAccountToken(
  actor: Actor,
  tokenId: string,
  input: RegenerateAccountTokenInput,
): Promise<{ token: AccountTokenDto; key: string }> {
  const { expiresAt: requested } = regenerateAccountTokenSchema.parse(input);
  const expiresAt = expirySchema.parse(requested);
  return regenerate(actor, tokenId, async () => expiresAt);
}

/**
 * "Regenerate within policy" (issue 20 point 7), for a live token a website's policy refuses
 * since it tightened: the longest expiry all the websites it reaches accept (never past its
 * parent's). A token refused for reaching all websites is not fixed by an expiry: 400 with
 * that website's rule, as for any regenerate.
 */
export async function regenerateAccountTokenWithinPolicy(
  actor: Actor,
  tokenId: string,
): Promise<{ token: AccountTokenDto; key: string }> {
  return regenerate(actor, tokenId, async (tx, token, parentExpiry) => {
    const now = Date.now();
    const websites = await policiesReaching(tx, token.userId, token.websiteIds);
    const current = { allWebsites: token.allWebsites, expiresAt: token.expiresAt?.getTime() ?? null };
    if (!websites.some((website) => tokenPolicyRefusal(website, current, now)))
      throw new AppError("INVALID", TOKEN_WITHIN_POLICY_MESSAGE);
    const latest = latestExpiryWithin(
      websites.map((website) => website.policy),
      now,
    );
    const expiresAt = latest === null ? null : new Date(latest);
    return parentExpiry && (expiresAt === null || expiresAt > parentExpiry) ? parentExpiry : expiresAt;
  });
}

async function regenerate(
  actor: Actor,
  tokenId: string,
  chooseExpiry: ChooseExpiry,
): Promise<{ token: AccountTokenDto; key: string }> {
  const userId = sessionPerson(actor);
  return db().$transaction(async (tx) => {
    const { token, parent } = await lockOwnToken(tx, { userId, tokenId });
    if (parent && !parent.live) throw new AppError("NOT_FOUND", TOKEN_NOT_FOUND_MESSAGE);
    const parentExpiry = parent?.bounds.expiresAt == null ? null : new Date(parent.bounds.expiresAt);
    const stored = await boundsOf(tx, token);
    const expiresAt = await chooseExpiry(
      tx,
      { ...token, userId, websiteIds: stored.websiteIds },
      parentExpiry,
    );
    childExpiry(parent ? { expiresAt: parentExpiry } : null, expiresAt, "expiry");
    const bounds = { ...stored, expiresAt: expiresAt?.getTime() ?? null };
    await requireWithinWebsitePolicies(tx, userId, { websiteIds: bounds.websiteIds, expiresAt });
    const row = await tx.accountToken.findUniqueOrThrow({
      where: { id: token.id },
      select: { digest: true, lastUsedAt: true },
    });
    const now = new Date();
    const rotation = rotateSecret("account-token", row, "none", now);
    const { count } = await tx.accountToken.updateMany({
      where: { id: token.id, digest: row.digest, revokedAt: null },
      data: { ...rotation.data, expiresAt },
    });
    if (count !== 1) throw new AppError("CONFLICT", TOKEN_ROLL_RACE_MESSAGE);
    await recordAudit(tx, actor, {
      action: "token.regenerate",
      targetType: "account-token",
      targetId: token.id,
      metadata: {
        name: token.name,
        displayKey: rotation.data.displayKey,
        previousDisplayKey: token.displayKey,
        expiresAt: expiresAt?.toISOString() ?? null,
        previousExpiresAt: token.expiresAt?.toISOString() ?? null,
      },
    });
    await clampSubtree(tx, actor, token.id, bounds);
    const regenerated = await tx.accountToken.findUniqueOrThrow({
      where: { id: token.id },
      include: ACCOUNT_TOKEN_INCLUDE,
    });
    return { token: toAccountTokenDto(regenerated), key: rotation.raw };
  });
}
