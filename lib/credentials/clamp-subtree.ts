import "server-only";
import {
  canonicalPermissions,
  clampToParent,
  isGrant,
  tokenCoversKey,
  type Grant,
  type LineageBounds,
} from "@/lib/access";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Prisma } from "@/lib/db";
import { lockWebsite } from "@/lib/db/locks";
import { liveDescendants, revokeAll, type Descendant } from "./lineage";

// When a token is narrowed (edited, or regenerated with an earlier expiry), its descendants are
// brought back within it in the same transaction, so the per-request check stays one lookup of
// the credential itself: no request ever has to walk up a chain. A child token is clamped
// (∩ permissions, ∩ scope, the earlier expiry) or revoked with its subtree when nothing is left;
// a key minted by the token is revoked with its subtree when the token no longer holds a key's
// power on the key's website, else its expiry is clamped (and its own keys' after it).

type Tx = Prisma.TransactionClient;

type TokenRow = {
  id: string;
  name: string;
  displayKey: string;
  permissions: string[];
  allWebsites: boolean;
  expiresAt: Date | null;
};
type KeyRow = { id: string; name: string; displayKey: string; websiteId: string; expiresAt: Date | null };

export type ClampResult = { clamped: { kind: Descendant["kind"]; _id: string }[]; revoked: Descendant[] };

function shown(bounds: LineageBounds) {
  return {
    permissions: [...bounds.permissions],
    websiteIds: bounds.websiteIds === "all" ? [] : [...bounds.websiteIds].sort(),
    expiresAt: bounds.expiresAt === null ? null : new Date(bounds.expiresAt).toISOString(),
  };
}

function sameBounds(a: LineageBounds, b: LineageBounds): boolean {
  return JSON.stringify(shown(a)) === JSON.stringify(shown(b));
}

async function tokenBounds(tx: Tx, row: TokenRow): Promise<LineageBounds> {
  const websites = row.allWebsites
    ? ("all" as const)
    : (
        await tx.accountTokenWebsite.findMany({ where: { tokenId: row.id }, select: { websiteId: true } })
      ).map((w) => w.websiteId);
  return {
    permissions: canonicalPermissions(row.permissions.filter(isGrant)),
    websiteIds: websites,
    expiresAt: row.expiresAt?.getTime() ?? null,
  };
}

const CAUSE = "parent narrowed";

async function revokeWithSubtree(
  tx: Tx,
  actor: Actor,
  node: Descendant,
  from: { kind: Descendant["kind"]; id: string },
  result: ClampResult,
): Promise<void> {
  const below = await liveDescendants(tx, { kind: node.kind, id: node._id }, true);
  const all = [node, ...below];
  await revokeAll(tx, actor, all, { cause: CAUSE, from });
  result.revoked.push(...all);
}

async function clampKeyExpiry(
  tx: Tx,
  actor: Actor,
  key: KeyRow,
  limit: number | null,
  from: { kind: Descendant["kind"]; id: string },
  result: ClampResult,
): Promise<void> {
  if (limit === null || (key.expiresAt !== null && key.expiresAt.getTime() <= limit)) return;
  const expiresAt = new Date(limit);
  await tx.websiteKey.update({ where: { id: key.id }, data: { expiresAt } });
  await recordAudit(tx, actor, {
    action: "website-key.update",
    websiteId: key.websiteId,
    targetType: "website-key",
    targetId: key.id,
    metadata: {
      name: key.name,
      displayKey: key.displayKey,
      cause: "parent narrowed",
      cascadeFrom: { kind: from.kind, _id: from.id },
      before: { expiresAt: key.expiresAt?.toISOString() ?? null },
      after: { expiresAt: expiresAt.toISOString() },
    },
  });
  result.clamped.push({ kind: "website-key", _id: key.id });
  const children = await tx.$queryRaw<KeyRow[]>`
    SELECT id::text, name, "displayKey", "websiteId"::text, "expiresAt" FROM "WebsiteKey"
    WHERE "parentKeyId" = ${key.id}::uuid AND "revokedAt" IS NULL ORDER BY id FOR UPDATE`;
  for (const child of children)
    await clampKeyExpiry(tx, actor, child, limit, { kind: "website-key", id: key.id }, result);
}

async function clampKeysOf(
  tx: Tx,
  actor: Actor,
  tokenId: string,
  bounds: LineageBounds | null,
  result: ClampResult,
): Promise<void> {
  const keys = await tx.$queryRaw<KeyRow[]>`
    SELECT id::text, name, "displayKey", "websiteId"::text, "expiresAt" FROM "WebsiteKey"
    WHERE "parentTokenId" = ${tokenId}::uuid AND "revokedAt" IS NULL ORDER BY "websiteId", id`;
  const from = { kind: "account-token" as const, id: tokenId };
  for (const listed of keys) {
    await lockWebsite(tx, { websiteId: listed.websiteId, mode: "share" });
    const [key] = await tx.$queryRaw<KeyRow[]>`
      SELECT id::text, name, "displayKey", "websiteId"::text, "expiresAt" FROM "WebsiteKey"
      WHERE id = ${listed.id}::uuid AND "revokedAt" IS NULL FOR UPDATE`;
    if (!key) continue;
    if (bounds === null || !tokenCoversKey(bounds, key.websiteId)) {
      const node: Descendant = {
        kind: "website-key",
        _id: key.id,
        name: key.name,
        displayKey: key.displayKey,
        websiteId: key.websiteId,
        parentId: tokenId,
        depth: 1,
      };
      await revokeWithSubtree(tx, actor, node, from, result);
    } else {
      await clampKeyExpiry(tx, actor, key, bounds.expiresAt, from, result);
    }
  }
}

async function clampToken(
  tx: Tx,
  actor: Actor,
  child: TokenRow,
  parentId: string,
  parentBounds: LineageBounds | null,
  result: ClampResult,
): Promise<LineageBounds | null> {
  const before = await tokenBounds(tx, child);
  const after = parentBounds === null ? null : clampToParent(before, parentBounds);
  const from = { kind: "account-token" as const, id: parentId };
  if (after === null) {
    const node: Descendant = {
      kind: "account-token",
      _id: child.id,
      name: child.name,
      displayKey: child.displayKey,
      websiteId: null,
      parentId,
      depth: 1,
    };
    await revokeAll(tx, actor, [node], { cause: CAUSE, from });
    result.revoked.push(node);
    return null;
  }
  if (!sameBounds(before, after)) {
    await writeTokenBounds(tx, child.id, after);
    await recordAudit(tx, actor, {
      action: "token.update",
      targetType: "account-token",
      targetId: child.id,
      metadata: {
        name: child.name,
        displayKey: child.displayKey,
        cause: CAUSE,
        cascadeFrom: { kind: "account-token", _id: parentId },
        before: shown(before),
        after: shown(after),
      },
    });
    result.clamped.push({ kind: "account-token", _id: child.id });
  }
  return after;
}

/**
 * Brings everything below the token (whose row the caller holds locked) within its bounds as
 * they are now; audits each change ("token.update" / "website-key.update" with the cause and
 * before/after) and each revoke. Tokens first, top-down, then the keys they minted website by
 * website: the lock order of lib/credentials/lineage.
 */
export async function clampSubtree(
  tx: Tx,
  actor: Actor,
  tokenId: string,
  bounds: LineageBounds,
): Promise<ClampResult> {
  const result: ClampResult = { clamped: [], revoked: [] };
  // null: revoked here, so everything below it goes too.
  const boundsOf = new Map<string, LineageBounds | null>([[tokenId, bounds]]);
  for (let level = [tokenId]; level.length > 0;) {
    const next: string[] = [];
    for (const parentId of level) {
      const children = await tx.$queryRaw<TokenRow[]>`
        SELECT id::text, name, "displayKey", permissions, "allWebsites", "expiresAt" FROM "AccountToken"
        WHERE "parentTokenId" = ${parentId}::uuid AND "revokedAt" IS NULL ORDER BY id FOR UPDATE`;
      for (const child of children) {
        boundsOf.set(
          child.id,
          await clampToken(tx, actor, child, parentId, boundsOf.get(parentId) ?? null, result),
        );
        next.push(child.id);
      }
    }
    level = next;
  }
  for (const [id, tokenBoundsNow] of boundsOf) await clampKeysOf(tx, actor, id, tokenBoundsNow, result);
  return result;
}

/** Stores a token's permissions, scope and expiry (its allow-list rows replaced). */
export async function writeTokenBounds(tx: Tx, tokenId: string, bounds: LineageBounds): Promise<void> {
  await tx.accountToken.update({
    where: { id: tokenId },
    data: {
      permissions: [...bounds.permissions] as Grant[],
      allWebsites: bounds.websiteIds === "all",
      expiresAt: bounds.expiresAt === null ? null : new Date(bounds.expiresAt),
    },
  });
  await tx.accountTokenWebsite.deleteMany({ where: { tokenId } });
  if (bounds.websiteIds !== "all")
    await tx.accountTokenWebsite.createMany({
      data: bounds.websiteIds.map((websiteId) => ({ tokenId, websiteId })),
    });
}
