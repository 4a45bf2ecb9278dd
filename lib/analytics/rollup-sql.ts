import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { eventVisitsSql, otherVisitsSql } from "./activity-sql";
import type { Interval } from "./timeseries-schemas";

// Visitors, sessions and goals of a range read from the rollups a trigger keeps beside Event
// (migration 20261207010000): per visitor and local month of the website's time zone, the days and
// quarter hours they were seen (VisitorMonth); per UTC quarter hour, the goal count (GoalSlot).
// The quarter hours [s, e) the range covers whole come from those rows; its ragged ends, payments
// and identifications from their own rows, as before; a visitor or a (visitor, day) seen both
// ways counts once. The numbers equal the plain queries' (lib/analytics/rollup.int.test.ts).
// Every statement checks that the rollups are kept in the asked time zone (the website's): a
// change of it rebuilds them in its own transaction, so one statement sees them whole.

const SLOT_MS = 15 * 60 * 1000;

/**
 * The whole quarter hours of [start, end) (ISO instants), or an empty [start, start) when it
 * covers none: then everything comes from the event rows.
 */
export function wholeSlots(start: string, end: string): { s: string; e: string } {
  const s = Math.ceil(Date.parse(start) / SLOT_MS) * SLOT_MS;
  const e = Math.floor(Date.parse(end) / SLOT_MS) * SLOT_MS;
  return s < e ? { s: new Date(s).toISOString(), e: new Date(e).toISOString() } : { s: start, e: start };
}

/** The bucket an instant (a timestamptz expression) falls in; null: one bucket for the whole range. */
type BucketOf = (instant: Prisma.Sql) => Prisma.Sql;

/** (bucket, visitors, sessions) of each bucket of [start, end) with anyone seen in it. */
function seenSql(websiteId: string, start: string, end: string, timeZone: string, bucketOf: BucketOf) {
  const { s, e } = wholeSlots(start, end);
  const tz = Prisma.sql`${timeZone}::text`;
  const website = Prisma.sql`${websiteId}::uuid`;
  return Prisma.sql`
    WITH days AS (
      -- The local days [s, e) touches: their bucket, and the quarter hours of each it covers, in
      -- its month's slots.
      SELECT local_day::date AS day, date_trunc('month', local_day)::date AS month,
        ${bucketOf(Prisma.sql`(local_day AT TIME ZONE ${tz})`)} AS bucket,
        local_day AT TIME ZONE ${tz} >= ${s}::timestamptz
          AND (local_day + interval '1 day') AT TIME ZONE ${tz} <= ${e}::timestamptz AS whole,
        (extract(epoch FROM greatest(local_day AT TIME ZONE ${tz}, ${s}::timestamptz)
          - (date_trunc('month', local_day) AT TIME ZONE ${tz})) / 900)::int AS first_slot,
        (extract(epoch FROM least((local_day + interval '1 day') AT TIME ZONE ${tz}, ${e}::timestamptz)
          - (date_trunc('month', local_day) AT TIME ZONE ${tz})) / 900)::int AS last_slot
      FROM generate_series(
        date_trunc('day', ${s}::timestamptz AT TIME ZONE ${tz}),
        date_trunc('day', (${e}::timestamptz - interval '1 millisecond') AT TIME ZONE ${tz}),
        interval '1 day') AS local_day
      WHERE ${s}::timestamptz < ${e}::timestamptz),
    covered AS (
      SELECT *, 1 << (extract(day FROM day)::int - 1) AS bit, "keyward_slot_mask"(first_slot, last_slot) AS slots
      FROM days),
    -- Per bucket and month: the days it covers whole, and the quarter hours it covers.
    spans AS (
      SELECT bucket, month, bit_or(CASE WHEN whole THEN bit ELSE 0 END) AS whole_days,
        "keyward_slot_mask"(min(first_slot), max(last_slot)) AS slots
      FROM covered GROUP BY bucket, month),
    -- Buckets over two months or more (a week across a month's end, a long range), where one
    -- visitor has several rows.
    multi AS (SELECT bucket FROM spans GROUP BY bucket HAVING count(*) > 1),
    -- The days the range covers in part: at most its first and its last.
    parts AS (SELECT bucket, month, bit, slots FROM covered WHERE NOT whole),
    -- In a bucket within one month a visitor has one row: rows are counted, not visitors, and
    -- rows with the same days are counted together.
    alike AS (
      SELECT month, days, count(*) AS n FROM "VisitorMonth"
      WHERE "websiteId" = ${website} AND month IN (SELECT month FROM spans) GROUP BY month, days),
    single_whole AS (
      SELECT sp.bucket, coalesce(sum(a.n) FILTER (WHERE (a.days & sp.whole_days) <> 0), 0) AS visitors,
        sum(a.n * bit_count((a.days & sp.whole_days)::bit(32))) AS sessions
      FROM alike AS a JOIN spans AS sp USING (month)
      WHERE NOT EXISTS (SELECT 1 FROM multi WHERE multi.bucket IS NOT DISTINCT FROM sp.bucket)
      GROUP BY sp.bucket),
    single_part AS (
      SELECT bucket, count(*) FILTER (WHERE NOT whole) AS visitors, sum(part_days) AS sessions FROM (
        SELECT p.bucket, v."visitorId", (v.days & sp.whole_days) <> 0 AS whole, count(*) AS part_days
        FROM parts AS p
          JOIN spans AS sp ON sp.month = p.month AND sp.bucket IS NOT DISTINCT FROM p.bucket
          JOIN "VisitorMonth" AS v ON v."websiteId" = ${website} AND v.month = p.month
        WHERE (v.days & p.bit) <> 0 AND bit_count(v.slots & p.slots) > 0
          AND NOT EXISTS (SELECT 1 FROM multi WHERE multi.bucket IS NOT DISTINCT FROM p.bucket)
        GROUP BY 1, 2, 3) AS rows
      GROUP BY bucket),
    multi_rows AS MATERIALIZED (
      -- Per visitor month and bucket over several months: on how many days it was seen there.
      SELECT sp.bucket, v."visitorId" AS visitor, bit_count((v.days & sp.whole_days)::bit(32))
          + (SELECT count(*) FROM parts AS p
              WHERE p.month = sp.month AND p.bucket IS NOT DISTINCT FROM sp.bucket
                AND bit_count(v.slots & p.slots) > 0) AS days
      FROM "VisitorMonth" AS v JOIN spans AS sp USING (month)
      WHERE v."websiteId" = ${website}
        AND EXISTS (SELECT 1 FROM multi WHERE multi.bucket IS NOT DISTINCT FROM sp.bucket)
        AND ((v.days & sp.whole_days) <> 0 OR bit_count(v.slots & sp.slots) > 0)),
    multi_counts AS (
      -- count(*) of a DISTINCT hashes; count(DISTINCT) sorts every visitor.
      SELECT bucket, count(*) AS visitors, sum(days) AS sessions
      FROM (SELECT bucket, visitor, sum(days) AS days FROM multi_rows GROUP BY bucket, visitor) AS r
      GROUP BY bucket),
    others AS MATERIALIZED (
      SELECT visitor, at, ${bucketOf(Prisma.sql`at`)} AS bucket FROM (
        ${eventVisitsSql(websiteId, start, s)}
        UNION ALL ${eventVisitsSql(websiteId, e, end)}
        UNION ALL ${otherVisitsSql(websiteId, start, end)}) AS o),
    -- Seen otherwise and not by an event of the same bucket (a visitor) or day (a session).
    other_visitors AS (
      SELECT bucket, count(*) AS visitors FROM (SELECT DISTINCT bucket, visitor FROM others) AS o
      WHERE NOT EXISTS (
        SELECT 1 FROM spans AS sp JOIN "VisitorMonth" AS v
          ON v."websiteId" = ${website} AND v.month = sp.month AND v."visitorId" = o.visitor
        WHERE sp.bucket IS NOT DISTINCT FROM o.bucket
          AND ((v.days & sp.whole_days) <> 0 OR bit_count(v.slots & sp.slots) > 0))
      GROUP BY bucket),
    other_sessions AS (
      SELECT bucket, count(*) AS sessions
      FROM (SELECT DISTINCT bucket, visitor, (at AT TIME ZONE ${tz})::date AS day FROM others) AS o
      WHERE NOT EXISTS (
        SELECT 1 FROM covered AS c JOIN "VisitorMonth" AS v
          ON v."websiteId" = ${website} AND v.month = c.month AND v."visitorId" = o.visitor
        WHERE c.day = o.day AND bit_count(v.slots & c.slots) > 0)
      GROUP BY bucket)
    SELECT bucket, sum(visitors)::float8 AS visitors, sum(sessions)::float8 AS sessions FROM (
      SELECT bucket, visitors, sessions FROM single_whole
      UNION ALL SELECT bucket, visitors, sessions FROM single_part
      UNION ALL SELECT bucket, visitors, sessions FROM multi_counts
      UNION ALL SELECT bucket, visitors, 0 FROM other_visitors
      UNION ALL SELECT bucket, 0, sessions FROM other_sessions) AS counts
    GROUP BY bucket HAVING sum(visitors) > 0`;
}

/** Whether the rollups are kept in `timeZone` (the website's). */
export function rollupKept(websiteId: string, timeZone: string): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM "Website" WHERE id = ${websiteId}::uuid AND timezone = ${timeZone}::text)`;
}

/**
 * One row (visitors, sessions, goals) of [start, end), sessions counted in `timeZone`'s days; no
 * row when the rollups are not kept in that time zone, so that the caller counts every row.
 */
export function rolledUpCountsSql(
  websiteId: string,
  start: string,
  end: string,
  timeZone: string,
): Prisma.Sql {
  const { s, e } = wholeSlots(start, end);
  const whole = () => Prisma.sql`NULL::timestamptz`;
  return Prisma.sql`
    WITH seen AS (${seenSql(websiteId, start, end, timeZone, whole)})
    SELECT
      coalesce((SELECT visitors FROM seen), 0)::float8 AS visitors,
      coalesce((SELECT sessions FROM seen), 0)::float8 AS sessions,
      ((SELECT coalesce(sum(count), 0) FROM "GoalSlot"
          WHERE "websiteId" = ${websiteId}::uuid AND slot >= ${s}::timestamptz AND slot < ${e}::timestamptz)
        + (SELECT count(*) FROM (${eventVisitsSql(websiteId, start, s)}) AS head)
        + (SELECT count(*) FROM (${eventVisitsSql(websiteId, e, end)}) AS tail))::float8 AS goals
    WHERE ${rollupKept(websiteId, timeZone)}`;
}

/**
 * (bucket, visitors, sessions) per day, week or month of `timeZone` with anyone seen in it, as
 * the timeseries' plain query counts them. Only right where {@link rollupKept}: the caller's
 * statement checks it.
 */
export function rolledUpBucketsSql(
  websiteId: string,
  range: { start: string; end: string },
  interval: Exclude<Interval, "hour">,
  timeZone: string,
): Prisma.Sql {
  const bucketOf: BucketOf = (instant) =>
    Prisma.sql`date_trunc(${interval}::text, ${instant}, ${timeZone}::text)`;
  return seenSql(websiteId, range.start, range.end, timeZone, bucketOf);
}
