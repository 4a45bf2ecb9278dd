import "server-only";
import type { Actor } from "@/lib/actor";
import { liveDescendants, revokeAll } from "@/lib/credentials/lineage";
import type { Prisma } from "@/lib/db";

// The keys a person stands behind on a website (issue 14, S76): the live keys made by them —
// in the dashboard, with a token, or with a key of theirs — and every key minted from those.
// Removal, leaving and demotion flag them for the owner; "revoke all" and "roll all" act on them.

type Tx = Prisma.TransactionClient;

export type PersonKey = { _id: string; name: string; displayKey: string };

type Row = { id: string; name: string; displayKey: string };

/** The person's live keys on the website and their descendants, locked FOR UPDATE when `lock`. */
export async function personKeys(
  tx: Tx,
  { websiteId, userId, lock }: { websiteId: string; userId: string; lock: boolean },
): Promise<PersonKey[]> {
  const roots = lock
    ? await tx.$queryRaw<Row[]>`
        SELECT id::text, name, "displayKey" FROM "WebsiteKey"
        WHERE "websiteId" = ${websiteId}::uuid AND "createdById" = ${userId}::uuid AND "revokedAt" IS NULL
        ORDER BY "createdAt" DESC, id DESC FOR UPDATE`
    : await tx.$queryRaw<Row[]>`
        SELECT id::text, name, "displayKey" FROM "WebsiteKey"
        WHERE "websiteId" = ${websiteId}::uuid AND "createdById" = ${userId}::uuid AND "revokedAt" IS NULL
        ORDER BY "createdAt" DESC, id DESC`;
  const keys = new Map<string, PersonKey>(
    roots.map((row) => [row.id, { _id: row.id, name: row.name, displayKey: row.displayKey }]),
  );
  for (const root of roots)
    for (const below of await liveDescendants(tx, { kind: "website-key", id: root.id }, lock))
      if (!keys.has(below._id))
        keys.set(below._id, { _id: below._id, name: below.name, displayKey: below.displayKey });
  return [...keys.values()];
}

/** Flags the keys for the owner (offboarding); a key already flagged keeps its first date. */
export async function flagKeys(tx: Tx, keys: readonly PersonKey[], now = new Date()): Promise<void> {
  if (keys.length === 0) return;
  await tx.websiteKey.updateMany({
    where: { id: { in: keys.map((key) => key._id) }, flaggedAt: null, revokedAt: null },
    data: { flaggedAt: now },
  });
}

/** Revokes the keys (already locked), one audit event each naming the cause. */
export async function revokeKeys(
  tx: Tx,
  actor: Actor,
  websiteId: string,
  keys: readonly PersonKey[],
  cause: string,
): Promise<void> {
  await revokeAll(
    tx,
    actor,
    keys.map((key) => ({ kind: "website-key" as const, websiteId, ...key })),
    { cause },
  );
}
