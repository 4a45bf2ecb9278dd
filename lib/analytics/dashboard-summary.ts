import "server-only";
import type { Actor } from "@/lib/actor";
import { getOverview } from "./get-overview";
import { getTimeseries } from "./get-timeseries";
import type { Overview } from "./schemas";
import { timeseriesQuerySchema } from "./timeseries-schemas";
import { timeseriesWindow } from "./timeseries-window";

export type DailyVisitors = { name: string; timestamp: string; visitors: number };

/** What the website's overview page shows: the last 30 local days, in total and day by day. */
export type DashboardSummary = { overview: Overview; days: DailyVisitors[] };

/**
 * Today and the 29 days before it in the website's time zone (the timeseries' default window):
 * the overview's numbers over exactly those days, and visitors per day. Access is checked by
 * both calls (analytics.read).
 */
export async function getDashboardSummary(
  actor: Actor,
  websiteId: string,
  timeZone: string,
  now = new Date(),
): Promise<DashboardSummary> {
  const { start } = timeseriesWindow({}, "day", timeZone, now);
  const range = { startAt: start.toISOString(), endAt: now.toISOString() };
  const [overview, series] = await Promise.all([
    getOverview(actor, websiteId, range, now),
    getTimeseries(
      actor,
      websiteId,
      timeseriesQuerySchema.parse({ interval: "day", fields: "visitors" }),
      now,
    ),
  ]);
  return {
    overview,
    days: series.data.map((row) => ({
      name: row.name,
      timestamp: row.timestamp,
      visitors: row.visitors ?? 0,
    })),
  };
}
