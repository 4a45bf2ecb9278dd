import "server-only";
import { resolveRange, startOfLocalDay, wallClock, type ResolvedRange } from "./resolve-range";
import type { Interval } from "./timeseries-schemas";

const HOUR_MS = 60 * 60 * 1000;

/**
 * The range of a timeseries: startAt/endAt as the overview reads them, or else DataFast's default
 * window of the interval, made of whole buckets up to now: the current hour and the 23 before it;
 * today and the 29 days before it (by week: from the Monday of the week that holds the first of
 * those days); the current month and the 11 before it — all in `timeZone`.
 */
export function timeseriesWindow(
  texts: { startAt?: string; endAt?: string },
  interval: Interval,
  timeZone: string,
  now: Date,
): ResolvedRange {
  if (texts.startAt !== undefined && texts.endAt !== undefined) return resolveRange(texts, timeZone, now);
  const t = now.getTime();
  const end = new Date(t + 1);
  const today = wallClock(t, timeZone);
  switch (interval) {
    case "hour": {
      const intoHour = (today.minute * 60 + today.second) * 1000 + (((t % 1000) + 1000) % 1000);
      return { start: new Date(t - intoHour - 23 * HOUR_MS), end };
    }
    case "day":
      return { start: startOfLocalDay(today.year, today.month, today.day - 29, timeZone), end };
    case "week": {
      const first = new Date(Date.UTC(today.year, today.month - 1, today.day - 29));
      const sinceMonday = (first.getUTCDay() + 6) % 7;
      return { start: startOfLocalDay(today.year, today.month, today.day - 29 - sinceMonday, timeZone), end };
    }
    case "month":
      return { start: startOfLocalDay(today.year, today.month - 11, 1, timeZone), end };
  }
}
