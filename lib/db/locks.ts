import "server-only";
import { isUuid } from "@/lib/validation/id-input";
import type { Prisma } from "./generated/client";

// Every row lock a domain function takes, in one place, so the lock order stays readable:
// website, then membership, then the person's credentials (parent before child). Each returns
// the locked row, or null/false when there is none (an id that is not a UUID locks nothing);
// the domain turns that into its own "not found". Lineage walks (lib/credentials/lineage.ts)
// lock each level as they read it and keep their queries.

type Tx = Prisma.TransactionClient;

/**
 * Locks the website row for the rest of the transaction; false when there is no such website.
 *
 * Acts on a website's keys and settings take this lock BEFORE requireWebsiteAccess locks the
 * membership row, so every transaction meets the locks in the same order (website, then
 * membership) and a concurrent website delete — whose cascade locks memberships and keys —
 * waits for them instead of deadlocking with them. "update" also serializes creates, so a
 * count-then-insert cannot exceed a limit; "share" lets concurrent rolls and revokes proceed.
 */
export async function lockWebsite(
  tx: Tx,
  { websiteId, mode }: { websiteId: string; mode: "update" | "share" },
): Promise<boolean> {
  if (!isUuid(websiteId)) return false;
  const rows =
    mode === "update"
      ? await tx.$queryRaw<
          { id: string }[]
        >`SELECT id FROM "Website" WHERE id = ${websiteId}::uuid FOR UPDATE`
      : await tx.$queryRaw<
          { id: string }[]
        >`SELECT id FROM "Website" WHERE id = ${websiteId}::uuid FOR SHARE`;
  return rows.length === 1;
}

/** A person's membership of a website, locked FOR UPDATE (it is about to change); null: none. */
export async function lockMembership(
  tx: Tx,
  { websiteId, userId }: { websiteId: string; userId: string },
): Promise<{ id: string; role: string } | null> {
  if (!isUuid(websiteId) || !isUuid(userId)) return null;
  const rows = await tx.$queryRaw<{ id: string; role: string }[]>`
    SELECT id::text, role::text FROM "Membership"
    WHERE "websiteId" = ${websiteId}::uuid AND "userId" = ${userId}::uuid FOR UPDATE`;
  return rows[0] ?? null;
}

/** The person's row, locked to serialize their creates (a count then an insert); false: gone. */
export async function lockUser(tx: Tx, { userId }: { userId: string }): Promise<boolean> {
  const rows = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM "User" WHERE id = ${userId}::uuid FOR UPDATE`;
  return rows.length === 1;
}

/** The columns of a locked account token the domain reads. */
export type LockedTokenRow = {
  id: string;
  name: string;
  displayKey: string;
  parentTokenId: string | null;
  permissions: string[];
  allWebsites: boolean;
  expiresAt: Date | null;
  allowedIps: string[];
};

/** A person's live account token, locked FOR UPDATE; null for another person's, a revoked one or none. */
export async function lockOwnTokenRow(
  tx: Tx,
  { userId, tokenId }: { userId: string; tokenId: string },
): Promise<LockedTokenRow | null> {
  if (!isUuid(tokenId)) return null;
  const rows = await tx.$queryRaw<LockedTokenRow[]>`
    SELECT id::text, name, "displayKey", "parentTokenId"::text, permissions, "allWebsites", "expiresAt",
           COALESCE("allowedIps", '{}') AS "allowedIps"
    FROM "AccountToken"
    WHERE id = ${tokenId}::uuid AND "userId" = ${userId}::uuid AND "revokedAt" IS NULL FOR UPDATE`;
  return rows[0] ?? null;
}

/** A website's key (revoked or not), locked FOR UPDATE; null when the website has no such key. */
export async function lockWebsiteKeyRow(
  tx: Tx,
  { websiteId, keyId }: { websiteId: string; keyId: string },
): Promise<{ id: string } | null> {
  if (!isUuid(keyId)) return null;
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM "WebsiteKey" WHERE id = ${keyId}::uuid AND "websiteId" = ${websiteId}::uuid FOR UPDATE`;
  return rows[0] ?? null;
}

/**
 * A device sign-in, found by the digest of its device code or of its user code and locked FOR
 * UPDATE (a poll and an approval of it are serialized); null: none. Taken before any token or
 * person lock.
 */
export async function lockDeviceAuthorization(
  tx: Tx,
  where: { deviceCodeDigest: Uint8Array } | { userCodeDigest: Uint8Array },
): Promise<{ id: string } | null> {
  const rows =
    "deviceCodeDigest" in where
      ? await tx.$queryRaw<{ id: string }[]>`
          SELECT id::text FROM "DeviceAuthorization" WHERE "deviceCodeDigest" = ${where.deviceCodeDigest} FOR UPDATE`
      : await tx.$queryRaw<{ id: string }[]>`
          SELECT id::text FROM "DeviceAuthorization" WHERE "userCodeDigest" = ${where.userCodeDigest} FOR UPDATE`;
  return rows[0] ?? null;
}
