import "server-only";
import { canonicalPermissions, expiryWithinParent, isGrant, type Grant } from "@/lib/access";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockWebsite } from "@/lib/db/locks";

// Credential trees (DESIGN "Credentials form trees"; issue 14). A token minted by a token, and a
// key minted by a key or a token, records its parent; revoking a node revokes its subtree in the
// same transaction. Locks are taken top-down and in one order everywhere — tokens, then
// websites, then keys — and a node is locked before its children are read, so a child minted
// concurrently either commits first (and is found) or waits and finds its parent revoked.

type Tx = Prisma.TransactionClient;

export type CredentialKind = "account-token" | "website-key";
export type CredentialRef = { kind: CredentialKind; id: string };

/** A live credential below another, as shown before a revoke ("this also revokes N credentials"). */
export type Descendant = {
  kind: CredentialKind;
  _id: string;
  name: string;
  displayKey: string;
  /** The key's website; null for a token. */
  websiteId: string | null;
  /** The credential it was minted by. */
  parentId: string;
  /** 1: minted by the root; 2: by one of those… */
  depth: number;
};

type ChildRow = { id: string; name: string; displayKey: string; websiteId: string | null };

function childTokens(tx: Tx, parentId: string, lock: boolean) {
  return lock
    ? tx.$queryRaw<ChildRow[]>`
        SELECT id::text, name, "displayKey", NULL AS "websiteId" FROM "AccountToken"
        WHERE "parentTokenId" = ${parentId}::uuid AND "revokedAt" IS NULL ORDER BY id FOR UPDATE`
    : tx.$queryRaw<ChildRow[]>`
        SELECT id::text, name, "displayKey", NULL AS "websiteId" FROM "AccountToken"
        WHERE "parentTokenId" = ${parentId}::uuid AND "revokedAt" IS NULL ORDER BY id`;
}

function childKeysOfKey(tx: Tx, parentId: string, lock: boolean) {
  return lock
    ? tx.$queryRaw<ChildRow[]>`
        SELECT id::text, name, "displayKey", "websiteId"::text FROM "WebsiteKey"
        WHERE "parentKeyId" = ${parentId}::uuid AND "revokedAt" IS NULL ORDER BY id FOR UPDATE`
    : tx.$queryRaw<ChildRow[]>`
        SELECT id::text, name, "displayKey", "websiteId"::text FROM "WebsiteKey"
        WHERE "parentKeyId" = ${parentId}::uuid AND "revokedAt" IS NULL ORDER BY id`;
}

// A token's keys lie on several websites: each website is locked (share) before its key, in the
// order every key act uses, so a website delete and this walk never wait on each other in a ring.
async function childKeysOfToken(tx: Tx, parentId: string, lock: boolean): Promise<ChildRow[]> {
  const rows = await tx.$queryRaw<ChildRow[]>`
    SELECT id::text, name, "displayKey", "websiteId"::text FROM "WebsiteKey"
    WHERE "parentTokenId" = ${parentId}::uuid AND "revokedAt" IS NULL ORDER BY "websiteId", id`;
  if (!lock) return rows;
  const locked: ChildRow[] = [];
  for (const row of rows) {
    await lockWebsite(tx, { websiteId: row.websiteId ?? "", mode: "share" });
    const still = await tx.$queryRaw<ChildRow[]>`
      SELECT id::text, name, "displayKey", "websiteId"::text FROM "WebsiteKey"
      WHERE id = ${row.id}::uuid AND "revokedAt" IS NULL FOR UPDATE`;
    locked.push(...still);
  }
  return locked;
}

type Level = { id: string; depth: number }[];

function tagged(kind: CredentialKind, parentId: string, depth: number) {
  return (row: ChildRow): Descendant => ({
    kind,
    _id: row.id,
    name: row.name,
    displayKey: row.displayKey,
    websiteId: row.websiteId,
    parentId,
    depth,
  });
}

/**
 * Every live credential below `root`. With `lock` (inside the transaction that will act on them)
 * each is locked FOR UPDATE before its own children are read; the caller must already hold the
 * root's row lock. Tokens are walked first, then the keys they minted (website by website), then
 * the keys those minted, so locks follow the one order (tokens, websites, keys). Without `lock`:
 * a preview.
 */
export async function liveDescendants(tx: Tx, root: CredentialRef, lock: boolean): Promise<Descendant[]> {
  const found: Descendant[] = [];
  const tokens: Level = root.kind === "account-token" ? [{ id: root.id, depth: 0 }] : [];
  for (let level = tokens; level.length > 0;) {
    const next: Level = [];
    for (const parent of level)
      for (const child of (await childTokens(tx, parent.id, lock)).map(
        tagged("account-token", parent.id, parent.depth + 1),
      )) {
        found.push(child);
        next.push({ id: child._id, depth: child.depth });
      }
    tokens.push(...next);
    level = next;
  }
  let keys: Level = root.kind === "website-key" ? [{ id: root.id, depth: 0 }] : [];
  for (const token of tokens)
    for (const key of (await childKeysOfToken(tx, token.id, lock)).map(
      tagged("website-key", token.id, token.depth + 1),
    )) {
      found.push(key);
      keys.push({ id: key._id, depth: key.depth });
    }
  while (keys.length > 0) {
    const next: Level = [];
    for (const parent of keys)
      for (const child of (await childKeysOfKey(tx, parent.id, lock)).map(
        tagged("website-key", parent.id, parent.depth + 1),
      )) {
        found.push(child);
        next.push({ id: child._id, depth: child.depth });
      }
    keys = next;
  }
  return found;
}

/** Why a credential was revoked along with another: recorded on each cascaded event. */
export type RevokeCause = { cause: string; from?: CredentialRef };

/**
 * Revokes each credential (already locked by liveDescendants) and records one revoke event per
 * credential, naming what caused it. The rolled-away digests go too: nothing of theirs verifies.
 */
export async function revokeAll(
  tx: Tx,
  actor: Actor,
  credentials: readonly Pick<Descendant, "kind" | "_id" | "name" | "displayKey" | "websiteId">[],
  why: RevokeCause,
  now = new Date(),
): Promise<void> {
  const data = { revokedAt: now, previousDigest: null, previousExpiresAt: null };
  for (const credential of credentials) {
    const metadata = {
      name: credential.name,
      displayKey: credential.displayKey,
      cause: why.cause,
      ...(why.from ? { cascadeFrom: { kind: why.from.kind, _id: why.from.id } } : {}),
    };
    if (credential.kind === "account-token") {
      const { count } = await tx.accountToken.updateMany({
        where: { id: credential._id, revokedAt: null },
        data,
      });
      if (count === 1)
        await recordAudit(tx, actor, {
          action: "token.revoke",
          targetType: "account-token",
          targetId: credential._id,
          metadata,
        });
    } else {
      const { count } = await tx.websiteKey.updateMany({
        where: { id: credential._id, revokedAt: null },
        data,
      });
      if (count === 1)
        await recordAudit(tx, actor, {
          action: "website-key.revoke",
          websiteId: credential.websiteId,
          targetType: "website-key",
          targetId: credential._id,
          metadata,
        });
    }
  }
}

/** Revokes everything below `root` (the root itself is the caller's to revoke). */
export async function revokeDescendants(
  tx: Tx,
  actor: Actor,
  root: CredentialRef,
  cause = "parent revoked",
): Promise<Descendant[]> {
  const below = await liveDescendants(tx, root, true);
  await revokeAll(tx, actor, below, { cause, from: root });
  return below;
}

// ── Minting: the acting credential as the parent of what it makes ──────────────────────────

export type TokenParent = {
  kind: "account-token";
  id: string;
  userId: string;
  permissions: Grant[];
  websiteIds: string[] | "all";
  expiresAt: Date | null;
};
export type KeyParent = {
  kind: "website-key";
  id: string;
  websiteId: string;
  personId: string | null;
  expiresAt: Date | null;
  flagged: boolean;
};

const PARENT_GONE = "The credential you are using was revoked or has expired.";

/**
 * The acting token, locked FOR SHARE until the mint commits: a revoke of it waits for the child
 * (and then revokes it too) or commits first (and the mint is refused). Its bounds are read
 * here, not from the request's start, so a concurrent narrowing is honoured.
 */
export async function lockParentToken(tx: Tx, tokenId: string, now = new Date()): Promise<TokenParent> {
  const rows = await tx.$queryRaw<
    {
      id: string;
      userId: string;
      permissions: string[];
      allWebsites: boolean;
      expiresAt: Date | null;
      revokedAt: Date | null;
    }[]
  >`SELECT id::text, "userId"::text, permissions, "allWebsites", "expiresAt", "revokedAt"
    FROM "AccountToken" WHERE id = ${tokenId}::uuid FOR SHARE`;
  const row = rows[0];
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now))
    throw new AppError("UNAUTHENTICATED", PARENT_GONE);
  const websites = row.allWebsites
    ? []
    : await tx.accountTokenWebsite.findMany({ where: { tokenId }, select: { websiteId: true } });
  return {
    kind: "account-token",
    id: row.id,
    userId: row.userId,
    permissions: canonicalPermissions(row.permissions.filter(isGrant)),
    websiteIds: row.allWebsites ? "all" : websites.map((w) => w.websiteId),
    expiresAt: row.expiresAt,
  };
}

/** The acting key, locked FOR SHARE until the mint commits (as lockParentToken). */
export async function lockParentKey(tx: Tx, keyId: string, now = new Date()): Promise<KeyParent> {
  const rows = await tx.$queryRaw<
    {
      id: string;
      websiteId: string;
      personId: string | null;
      expiresAt: Date | null;
      revokedAt: Date | null;
      flaggedAt: Date | null;
    }[]
  >`SELECT id::text, "websiteId"::text, "createdById"::text AS "personId", "expiresAt", "revokedAt", "flaggedAt"
    FROM "WebsiteKey" WHERE id = ${keyId}::uuid FOR SHARE`;
  const row = rows[0];
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now))
    throw new AppError("UNAUTHENTICATED", PARENT_GONE);
  return {
    kind: "website-key",
    id: row.id,
    websiteId: row.websiteId,
    personId: row.personId,
    expiresAt: row.expiresAt,
    flagged: row.flaggedAt !== null,
  };
}

/**
 * A child's expiry under its parent: "never" (the API's default) or a later instant under an
 * expiring parent is refused with the parent's expiry named (400), never silently capped.
 */
export function childExpiry(
  parent: { expiresAt: Date | null } | null,
  requested: Date | null,
  field = "expiresAt",
): Date | null {
  const bound = parent?.expiresAt
    ? { at: parent.expiresAt.getTime(), shown: parent.expiresAt.toISOString() }
    : null;
  const check = expiryWithinParent(bound, requested ? requested.getTime() : null);
  if (!check.ok) throw new AppError("INVALID", check.message, { field });
  return requested;
}

/** Whether `ancestorId` is `keyId` itself or one of the keys above it (it minted it, transitively). */
export async function keyIsWithin(
  tx: Tx,
  { keyId, ancestorId }: { keyId: string; ancestorId: string },
): Promise<boolean> {
  const seen = new Set<string>();
  let current: string | null = keyId;
  while (current !== null && !seen.has(current)) {
    if (current === ancestorId) return true;
    seen.add(current);
    const row: { parentKeyId: string | null } | null = await tx.websiteKey.findUnique({
      where: { id: current },
      select: { parentKeyId: true },
    });
    current = row?.parentKeyId ?? null;
  }
  return false;
}

/** Whether `ancestorId` is `tokenId` itself or one of the tokens above it. */
export async function tokenIsWithin(
  tx: Tx,
  { tokenId, ancestorId }: { tokenId: string; ancestorId: string },
): Promise<boolean> {
  const seen = new Set<string>();
  let current: string | null = tokenId;
  while (current !== null && !seen.has(current)) {
    if (current === ancestorId) return true;
    seen.add(current);
    const row: { parentTokenId: string | null } | null = await tx.accountToken.findUnique({
      where: { id: current },
      select: { parentTokenId: true },
    });
    current = row?.parentTokenId ?? null;
  }
  return false;
}
