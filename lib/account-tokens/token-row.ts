import "server-only";
import { canonicalPermissions, isGrant, type LineageBounds } from "@/lib/access";
import type { Prisma } from "@/lib/db";
import { lockOwnTokenRow, type LockedTokenRow } from "@/lib/db/locks";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/id-input";
import { TOKEN_NOT_FOUND_MESSAGE } from "./messages";

type Tx = Prisma.TransactionClient;

export type LockedToken = LockedTokenRow;

export type LockedParent = { id: string; bounds: LineageBounds; live: boolean };

/**
 * The person's live token and its parent, both locked: the parent first (FOR SHARE), as a revoke
 * locks a parent before its children, then the token (FOR UPDATE). Another person's token and a
 * revoked one are "not found".
 */
export async function lockOwnToken(
  tx: Tx,
  { userId, tokenId }: { userId: string; tokenId: string },
): Promise<{ token: LockedToken; parent: LockedParent | null }> {
  if (!isUuid(tokenId)) throw new AppError("NOT_FOUND", TOKEN_NOT_FOUND_MESSAGE);
  const peek = await tx.accountToken.findFirst({
    where: { id: tokenId, userId },
    select: { parentTokenId: true },
  });
  const parent = peek?.parentTokenId ? await lockParent(tx, peek.parentTokenId) : null;
  const token = await lockOwnTokenRow(tx, { userId, tokenId });
  if (!token) throw new AppError("NOT_FOUND", TOKEN_NOT_FOUND_MESSAGE);
  return { token, parent };
}

async function lockParent(tx: Tx, parentId: string): Promise<LockedParent> {
  const rows = await tx.$queryRaw<
    {
      id: string;
      permissions: string[];
      allWebsites: boolean;
      expiresAt: Date | null;
      revokedAt: Date | null;
    }[]
  >`SELECT id::text, permissions, "allWebsites", "expiresAt", "revokedAt" FROM "AccountToken"
    WHERE id = ${parentId}::uuid FOR SHARE`;
  const row = rows[0];
  if (!row) throw new AppError("NOT_FOUND", TOKEN_NOT_FOUND_MESSAGE);
  return { id: row.id, bounds: await boundsOf(tx, row), live: row.revokedAt === null };
}

/** A token's permissions, scope and expiry as stored. */
export async function boundsOf(
  tx: Tx,
  row: { id: string; permissions: string[]; allWebsites: boolean; expiresAt: Date | null },
): Promise<LineageBounds> {
  const websites = row.allWebsites
    ? ("all" as const)
    : (await tx.accountTokenWebsite.findMany({ where: { tokenId: row.id }, select: { websiteId: true } }))
        .map((w) => w.websiteId)
        .sort();
  return {
    permissions: canonicalPermissions(row.permissions.filter(isGrant)),
    websiteIds: websites,
    expiresAt: row.expiresAt?.getTime() ?? null,
  };
}

/** Bounds as the audit trail and the API show them ([] = all websites, ISO instants). */
export function shownBounds(bounds: LineageBounds) {
  return {
    permissions: [...bounds.permissions],
    websiteIds: bounds.websiteIds === "all" ? [] : [...bounds.websiteIds],
    expiresAt: bounds.expiresAt === null ? null : new Date(bounds.expiresAt).toISOString(),
  };
}
