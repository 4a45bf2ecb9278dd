import "server-only";
import { AppError } from "@/lib/errors";
import { DEFAULT_RANGE_DAYS, MAX_RANGE_DAYS, parseRangeBound, type RangeBound } from "./schemas";

const DAY_MS = 24 * 60 * 60 * 1000;
// A range of whole local days can be an hour longer than that many days of 24 h (daylight saving).
const DST_SLACK_MS = 60 * 60 * 1000;

type WallClock = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
};

/** What `timeZone`'s wall clock shows at the instant `t` (ms), to the second. */
export function wallClock(t: number, timeZone: string): WallClock {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(new Date(t));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour"),
    minute: get("minute"),
    second: get("second"),
  };
}

/** How far `timeZone`'s wall clock is ahead of UTC at the instant `t` (ms). */
function offsetAt(t: number, timeZone: string): number {
  const { year, month, day, hour, minute, second } = wallClock(t, timeZone);
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  return wall - (t - (((t % 1000) + 1000) % 1000));
}

/**
 * The instant a local calendar day starts in `timeZone`: its midnight, the earlier one when
 * midnight happens twice, or the end of the gap when clocks skip midnight. `day` may overflow
 * (Date.UTC semantics), so day + 1 is the next day.
 */
export function startOfLocalDay(year: number, month: number, day: number, timeZone: string): Date {
  const wall = Date.UTC(year, month - 1, day);
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const valid = [wall - before, wall - after].filter(
    (t, i) => offsetAt(t, timeZone) === (i === 0 ? before : after),
  );
  return new Date(valid.length > 0 ? Math.min(...valid) : wall - before);
}

function bound(text: string | undefined, field: string): RangeBound | undefined {
  if (text === undefined) return undefined;
  const parsed = parseRangeBound(text);
  if (!parsed)
    throw new AppError("INVALID", `${field}: use a date like 2026-05-01 or an ISO 8601 timestamp.`, {
      field,
    });
  return parsed;
}

export type ResolvedRange = { start: Date; end: Date };

/**
 * A half-open range [start, end): a date `startAt` starts at that local midnight, a date `endAt`
 * includes its whole local day, and an instant `endAt` includes that millisecond. No bounds: the
 * last 30 days up to now. Refuses an empty, reversed or over-366-day range (S59).
 */
export function resolveRange(
  texts: { startAt?: string; endAt?: string },
  timeZone: string,
  now = new Date(),
): ResolvedRange {
  const bounds = { startAt: bound(texts.startAt, "startAt"), endAt: bound(texts.endAt, "endAt") };
  if (!bounds.startAt || !bounds.endAt) {
    return { start: new Date(now.getTime() - DEFAULT_RANGE_DAYS * DAY_MS), end: new Date(now.getTime() + 1) };
  }
  const start =
    bounds.startAt.kind === "date"
      ? startOfLocalDay(bounds.startAt.year, bounds.startAt.month, bounds.startAt.day, timeZone)
      : bounds.startAt.at;
  const end =
    bounds.endAt.kind === "date"
      ? startOfLocalDay(bounds.endAt.year, bounds.endAt.month, bounds.endAt.day + 1, timeZone)
      : new Date(bounds.endAt.at.getTime() + 1);
  if (end.getTime() <= start.getTime())
    throw new AppError("INVALID", "endAt must not be before startAt.", { field: "endAt" });
  if (end.getTime() - start.getTime() > MAX_RANGE_DAYS * DAY_MS + DST_SLACK_MS) {
    throw new AppError("INVALID", `The range can be at most ${MAX_RANGE_DAYS} days.`, { field: "endAt" });
  }
  return { start, end };
}
