import "server-only";
import { db, type Prisma } from "@/lib/db";
import type { AuditEvent } from "@/lib/db/generated/client";
import { isUuid } from "@/lib/validation/id-input";
import { isAuditAction, type AuditAction } from "./action-labels";
import { toActivityDto, type ActivityDto, type ActivityPerson } from "./activity-dto";
import { encodeCursor, pageSizeOf, type ActivityCursor, type ActivityQuery } from "./activity-query";

export type ActivityPage = {
  /** Newest first. */
  items: ActivityDto[];
  /** Cursor for the "Newer" link; null on the newest page. */
  newer: string | null;
  /** Cursor for the "Older" link; null on the oldest page. */
  older: string | null;
  /** What the filters can offer: the actions and people that occur in this log at all. */
  facets: { actions: AuditAction[]; actors: { _id: string; name: string; email: string }[] };
};

// Stable order: createdAt, then the uuid v7 id for rows of the same millisecond.
const NEWEST_FIRST = [
  { createdAt: "desc" },
  { id: "desc" },
] as const satisfies Prisma.AuditEventOrderByWithRelationInput[];
const OLDEST_FIRST = [
  { createdAt: "asc" },
  { id: "asc" },
] as const satisfies Prisma.AuditEventOrderByWithRelationInput[];

// The plain bound beside the OR lets the (websiteId, createdAt) index start at the cursor: an OR
// alone made a deep page scan every newer row of the website first.
function olderThan(cursor: ActivityCursor): Prisma.AuditEventWhereInput {
  return {
    createdAt: { lte: cursor.createdAt },
    OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }],
  };
}

function newerThan(cursor: ActivityCursor): Prisma.AuditEventWhereInput {
  return {
    createdAt: { gte: cursor.createdAt },
    OR: [{ createdAt: { gt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { gt: cursor.id } }],
  };
}

function cursorOf(row: AuditEvent | undefined): string | null {
  return row ? encodeCursor({ createdAt: row.createdAt, id: row.id }) : null;
}

type Window = { rows: AuditEvent[]; newer: string | null; older: string | null };

async function readWindow(scope: Prisma.AuditEventWhereInput, query: ActivityQuery): Promise<Window> {
  const size = pageSizeOf(query);
  const filters: Prisma.AuditEventWhereInput[] = [scope];
  if (query.action) filters.push({ action: query.action });
  if (query.actor) filters.push({ actorUserId: query.actor });

  if (query.after) {
    const rows = await db().auditEvent.findMany({
      where: { AND: [...filters, newerThan(query.after)] },
      orderBy: OLDEST_FIRST,
      take: size + 1,
    });
    // Reaching the newest rows shows the first page itself, so pages never shift under the reader.
    if (rows.length <= size) return readWindow(scope, { ...query, after: undefined });
    const page = rows.slice(0, size).reverse();
    return { rows: page, newer: cursorOf(page[0]), older: cursorOf(page.at(-1)) };
  }

  const where = query.before ? [...filters, olderThan(query.before)] : filters;
  const rows = await db().auditEvent.findMany({
    where: { AND: where },
    orderBy: NEWEST_FIRST,
    take: size + 1,
  });
  const page = rows.slice(0, size);
  return {
    rows: page,
    newer: query.before && page.length > 0 ? cursorOf(page[0]) : null,
    older: rows.length > size ? cursorOf(page.at(-1)) : null,
  };
}

async function people(ids: Iterable<string>): Promise<Map<string, ActivityPerson>> {
  const unique = [...new Set(ids)].filter(isUuid);
  if (unique.length === 0) return new Map();
  const rows = await db().user.findMany({
    where: { id: { in: unique } },
    select: { id: true, name: true, email: true },
  });
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * One page of the audit events in `scope` (already authorized by the caller), newest first,
 * mapped through the DTO. `domains` are the websites whose domain the reader may see.
 */
export async function listActivity(
  scope: Prisma.AuditEventWhereInput,
  query: ActivityQuery,
  domains: ReadonlyMap<string, string>,
): Promise<ActivityPage> {
  const [window, actions, actors] = await Promise.all([
    readWindow(scope, query),
    db().auditEvent.groupBy({ by: ["action"], where: scope, orderBy: { action: "asc" } }),
    db().auditEvent.groupBy({ by: ["actorUserId"], where: { AND: [scope, { actorUserId: { not: null } }] } }),
  ]);
  const actorIds = actors.flatMap((row) => (row.actorUserId ? [row.actorUserId] : []));
  const targetIds = window.rows.flatMap((row) =>
    row.targetType === "user" && row.targetId ? [row.targetId] : [],
  );
  const known = await people([...actorIds, ...targetIds]);
  return {
    items: window.rows.map((row) => toActivityDto(row, { people: known, domains })),
    newer: window.newer,
    older: window.older,
    facets: {
      actions: actions.map((row) => row.action).filter(isAuditAction),
      actors: actorIds
        .flatMap((id) => {
          const person = known.get(id);
          return person ? [{ _id: person.id, name: person.name, email: person.email }] : [];
        })
        .sort((a, b) => a.name.localeCompare(b.name)),
    },
  };
}
