import "server-only";
import { z } from "zod";
import { isAuditAction, type AuditAction } from "./action-labels";

// The filters and page position of an activity list, as they travel in a shareable URL
// (?action=…&actor=…&before=…). Anything malformed is dropped, never an error: a hand-edited
// link shows the unfiltered first page instead of failing.

export const ACTIVITY_PAGE_SIZE = 25;
export const MAX_ACTIVITY_PAGE_SIZE = 100;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CURSOR = /^(\d{1,15})\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** A position in the list (createdAt desc, id desc): the row a page starts after. */
export type ActivityCursor = { createdAt: Date; id: string };

export type ActivityQuery = {
  action?: AuditAction;
  /** A person's user id. */
  actor?: string;
  /** Rows older than this one (the "Older" link)… */
  before?: ActivityCursor;
  /** …or newer than this one (the "Newer" link). */
  after?: ActivityCursor;
  pageSize?: number;
};

export function encodeCursor(cursor: ActivityCursor): string {
  return `${cursor.createdAt.getTime()}.${cursor.id}`;
}

export function decodeCursor(value: unknown): ActivityCursor | undefined {
  const match = typeof value === "string" ? CURSOR.exec(value) : null;
  if (!match?.[1] || !match[2]) return undefined;
  const createdAt = new Date(Number(match[1]));
  return Number.isNaN(createdAt.getTime()) ? undefined : { createdAt, id: match[2].toLowerCase() };
}

const single = z
  .preprocess((value) => (Array.isArray(value) ? undefined : value), z.string().max(128).optional())
  .catch(undefined);

const searchParamsSchema = z.object({ action: single, actor: single, before: single, after: single });

/** The query from a page's search params; unknown or malformed values are dropped. */
export function activityQueryFrom(params: Record<string, string | string[] | undefined>): ActivityQuery {
  const raw = searchParamsSchema.parse(params);
  const query: ActivityQuery = {};
  if (isAuditAction(raw.action)) query.action = raw.action;
  if (raw.actor && UUID.test(raw.actor)) query.actor = raw.actor.toLowerCase();
  const before = decodeCursor(raw.before);
  const after = decodeCursor(raw.after);
  if (before) query.before = before;
  else if (after) query.after = after;
  return query;
}

export function pageSizeOf(query: ActivityQuery): number {
  const size = Math.trunc(query.pageSize ?? ACTIVITY_PAGE_SIZE);
  return Number.isFinite(size) ? Math.min(Math.max(size, 1), MAX_ACTIVITY_PAGE_SIZE) : ACTIVITY_PAGE_SIZE;
}
