import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import { activitySql } from "./activity-sql";

/** How recent activity must be for a visitor to count as active now (DataFast's: 5 minutes). */
export const REALTIME_WINDOW_MS = 5 * 60 * 1000;

// `GET /analytics/realtime`: DataFast's only field is `visitors`, and there is no range.
export const realtimeQuerySchema = z
  .object({
    fields: z
      .literal("visitors", { error: "The only field is visitors." })
      .optional()
      .meta({ description: "visitors (the only field)." }),
  })
  .strict();
export type RealtimeQuery = z.input<typeof realtimeQuerySchema>;

export const realtimeSchema = z.object({
  visitors: z.number().meta({ description: "Visitors seen in the last 5 minutes." }),
});
export type Realtime = z.output<typeof realtimeSchema>;

/**
 * The visitors of a website the actor may read analytics of who were seen (see activitySql) in
 * the last 5 minutes. Never cached: it is cheap (an index range of 5 minutes) and meant to poll.
 */
export async function getRealtime(
  actor: Actor,
  websiteId: string,
  query: RealtimeQuery = {},
  now = new Date(),
): Promise<Realtime> {
  realtimeQuerySchema.parse(query);
  await requireWebsiteAccess(db(), actor, websiteId, "analytics.read");
  const start = new Date(now.getTime() - REALTIME_WINDOW_MS).toISOString();
  const end = new Date(now.getTime() + 1).toISOString();
  const [row] = await db().$queryRaw<Realtime[]>`
    SELECT count(DISTINCT visitor)::float8 AS visitors FROM (${activitySql(websiteId, start, end)}) AS activity`;
  return { visitors: row!.visitors };
}
