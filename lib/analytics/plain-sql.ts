import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { activitySql, eventVisitsSql } from "./activity-sql";

// Visitors, sessions and goals counted from every row of the range: what the analytics mean, and
// the reference the rollups (rollup-sql.ts) equal. Used when the rollups are not kept in the
// asked time zone, and for hours.

/** (visitors, sessions, goals) of [start, end) counted from every row, the reference for the rollups. */
export function plainCountsSql(websiteId: string, start: string, end: string, timeZone: string): Prisma.Sql {
  return Prisma.sql`
    WITH activity AS (${activitySql(websiteId, start, end)})
    SELECT
      (SELECT count(DISTINCT visitor) FROM activity)::float8 AS visitors,
      (SELECT count(*) FROM (SELECT DISTINCT visitor, (at AT TIME ZONE ${timeZone})::date FROM activity) AS days)::float8 AS sessions,
      (SELECT count(*) FROM (${eventVisitsSql(websiteId, start, end)}) AS goals)::float8 AS goals`;
}

/** (bucket, visitors, sessions) per `interval` of `timeZone` with anyone seen in it. */
export function plainBucketsSql(
  websiteId: string,
  range: { start: string; end: string },
  interval: string,
  timeZone: string,
): Prisma.Sql {
  return Prisma.sql`
    SELECT date_trunc(${interval}::text, at, ${timeZone}::text) AS bucket,
        count(DISTINCT visitor)::float8 AS visitors,
        count(DISTINCT (visitor, (at AT TIME ZONE ${timeZone}::text)::date))::float8 AS sessions
      FROM (${activitySql(websiteId, range.start, range.end)}) AS activity GROUP BY 1`;
}
