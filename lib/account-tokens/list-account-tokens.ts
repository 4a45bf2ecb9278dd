import "server-only";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { requireAccountAccess } from "@/lib/websites/website-access";
import {
  ACCOUNT_TOKEN_INCLUDE,
  toAccountTokenDto,
  toAccountTokenListItem,
  type AccountTokenDto,
  type AccountTokenListItem,
  type TokenWebsitesSummary,
} from "./dto";

/** How many of an allow-list's website names Account → API shows (the rest are counted). */
export const LISTED_WEBSITE_NAMES = 20;

// uuid v7 ids grow with time, so they break ties between tokens made in the same millisecond.
const NEWEST_FIRST = [{ createdAt: "desc" }, { id: "desc" }] as const;

/** The actor's own tokens that are not revoked, newest first; expired ones stay, marked by expiresAt. */
export async function listAccountTokens(actor: Actor): Promise<AccountTokenDto[]> {
  const userId = requireAccountAccess(actor, "tokens.read");
  const rows = await db().accountToken.findMany({
    where: { userId, revokedAt: null },
    include: ACCOUNT_TOKEN_INCLUDE,
    orderBy: [...NEWEST_FIRST],
  });
  return rows.map(toAccountTokenDto);
}

/**
 * The same tokens as Account → API lists them: each allow-list as a count and its first
 * {@link LISTED_WEBSITE_NAMES} names, so the page stays small whatever the allow-lists hold.
 */
export async function listAccountTokenItems(actor: Actor): Promise<AccountTokenListItem[]> {
  const userId = requireAccountAccess(actor, "tokens.read");
  const [rows, summaries] = await Promise.all([
    db().accountToken.findMany({
      where: { userId, revokedAt: null },
      include: { user: ACCOUNT_TOKEN_INCLUDE.user },
      orderBy: [...NEWEST_FIRST],
    }),
    allowListSummaries(userId),
  ]);
  const none: TokenWebsitesSummary = { count: 0, names: [], left: 0 };
  return rows.map((row) => toAccountTokenListItem(row, summaries.get(row.id) ?? none));
}

async function allowListSummaries(userId: string): Promise<Map<string, TokenWebsitesSummary>> {
  // One pass over each allow-list: its size, the websites the person is still on, their first names.
  const rows = await db().$queryRaw<{ tokenId: string; count: number; kept: number; names: string[] }[]>`
    SELECT t.id::text AS "tokenId", s.count, s.kept, coalesce(s.names, '{}') AS names
    FROM "AccountToken" t CROSS JOIN LATERAL (
      SELECT count(*)::int AS count, count(m.id)::int AS kept,
        (array_agg(site.domain ORDER BY site.domain COLLATE "C") FILTER (WHERE m.id IS NOT NULL))[1:${LISTED_WEBSITE_NAMES}::int] AS names
      FROM "AccountTokenWebsite" w
        LEFT JOIN "Membership" m ON m."websiteId" = w."websiteId" AND m."userId" = t."userId"
        JOIN "Website" site ON site.id = w."websiteId"
      WHERE w."tokenId" = t.id) AS s
    WHERE t."userId" = ${userId}::uuid AND t."revokedAt" IS NULL AND NOT t."allWebsites"`;
  return new Map(
    rows.map((row) => [row.tokenId, { count: row.count, names: row.names, left: row.count - row.kept }]),
  );
}
