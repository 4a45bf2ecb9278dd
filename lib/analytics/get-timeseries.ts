import "server-only";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { toMajorUnits } from "@/lib/payments/money";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import { Prisma } from "@/lib/db/generated/client";
import { paymentsSql } from "./activity-sql";
import { analyticsQuery } from "./analytics-query";
import { conversionRate, headlineMetrics } from "./aggregate";
import { bucketLabel } from "./bucket-label";
import { cachedOverview } from "./overview-cache";
import { reportWebsite } from "./report-website";
import { plainBucketsSql } from "./plain-sql";
import { rolledUpBucketsSql, rollupKept } from "./rollup-sql";
import { parseFieldList } from "./schemas";
import { timeseriesWindow } from "./timeseries-window";
import {
  TIMESERIES_FIELDS,
  type Interval,
  type TimeseriesEnvelope,
  type TimeseriesField,
  type TimeseriesQuery,
  type TimeseriesRow,
} from "./timeseries-schemas";

type Metric = Exclude<TimeseriesField, "name">;
type Bucket = {
  local: string;
  offset: number;
  visitors: number;
  sessions: number;
  payments: number;
  paying_visitors: number;
  revenue: string | null;
};

/**
 * One page of buckets over [start, end), and how many buckets the range has, in one round trip;
 * nothing when `counted.valid` is false (rollups not kept in `timeZone`).
 * Buckets are truncated in `timeZone` by the database (daylight saving and +05:30 zones included);
 * every bucket the range touches is listed, empty ones too, oldest first.
 */
async function bucketPage(
  websiteId: string,
  range: { start: string; end: string },
  interval: Interval,
  timeZone: string,
  currency: string,
  page: { limit: number; offset: number },
  counted: { seen: Prisma.Sql; valid: Prisma.Sql },
) {
  const { start, end } = range;
  const [row] = await analyticsQuery<{ total: number; buckets: Bucket[] }>(Prisma.sql`
    WITH paid AS (${paymentsSql(websiteId, start, end)}),
      -- No bucket is shorter than an hour, so truncating one instant per hour of the range (and
      -- its last instant) finds every bucket it touches.
      buckets AS (
        SELECT date_trunc(${interval}::text, s, ${timeZone}::text) AS bucket
          FROM generate_series(${start}::timestamptz, ${end}::timestamptz - interval '1 millisecond', interval '1 hour') AS s
        UNION
        SELECT date_trunc(${interval}::text, ${end}::timestamptz - interval '1 millisecond', ${timeZone}::text)),
      page AS (SELECT bucket FROM buckets ORDER BY bucket LIMIT ${page.limit}::int OFFSET ${page.offset}::int),
      seen AS (${counted.seen}),
      sold AS (
        SELECT date_trunc(${interval}::text, at, ${timeZone}::text) AS bucket,
            count(*) AS payments,
            count(DISTINCT visitor) FILTER (WHERE amount > 0) AS paying_visitors,
            sum(amount) FILTER (WHERE currency = ${currency}) AS revenue
          FROM paid GROUP BY 1)
    SELECT
      (SELECT count(*) FROM buckets)::float8 AS total,
      (SELECT coalesce(json_agg(json_build_object(
          'local', to_char(page.bucket AT TIME ZONE ${timeZone}::text, 'YYYY-MM-DD"T"HH24:MI:SS'),
          'offset', extract(epoch FROM (page.bucket AT TIME ZONE ${timeZone}::text) - (page.bucket AT TIME ZONE 'UTC')),
          'visitors', coalesce(seen.visitors, 0),
          'sessions', coalesce(seen.sessions, 0),
          'payments', coalesce(sold.payments, 0),
          'paying_visitors', coalesce(sold.paying_visitors, 0),
          'revenue', sold.revenue::text) ORDER BY page.bucket), '[]'::json)
        FROM page LEFT JOIN seen USING (bucket) LEFT JOIN sold USING (bucket)) AS buckets
    WHERE ${counted.valid}`);
  return row;
}

function pick<T extends Record<Metric, number>>(values: T, metrics: readonly Metric[]) {
  return Object.fromEntries(metrics.map((metric) => [metric, values[metric]]));
}

/**
 * The metrics of a website the actor may read analytics of, bucket by bucket: DataFast's
 * timeseries. Asking for revenue brings payments along, as DataFast does.
 */
export async function getTimeseries(
  actor: Actor,
  websiteId: string,
  query: TimeseriesQuery,
  now = new Date(),
): Promise<{ data: TimeseriesRow[]; envelope: TimeseriesEnvelope }> {
  await requireWebsiteAccess(db(), actor, websiteId, "analytics.read");
  // Keyed apart from the overview's queries, which never carry an interval.
  return cachedOverview(websiteId, { timeseries: query }, now, () =>
    computeTimeseries(websiteId, query, now),
  );
}

async function computeTimeseries(websiteId: string, input: TimeseriesQuery, now: Date) {
  const website = await reportWebsite(websiteId);
  const timezone = input.timezone ?? website.timezone;
  const { start, end } = timeseriesWindow(input, input.interval, timezone, now);
  const range = { start: start.toISOString(), end: end.toISOString() };
  const requested = parseFieldList(input.fields, TIMESERIES_FIELDS) ?? [];
  const fields =
    requested.includes("revenue") && !requested.includes("payments")
      ? [...requested, "payments" as const]
      : requested;
  const metrics = fields.filter((field): field is Metric => field !== "name");

  const page = { limit: input.limit, offset: input.offset };
  const pageOf = (counted: { seen: Prisma.Sql; valid: Prisma.Sql }) =>
    bucketPage(websiteId, range, input.interval, timezone, website.currency, page, counted);
  const plainPage = () =>
    pageOf({ seen: plainBucketsSql(websiteId, range, input.interval, timezone), valid: Prisma.sql`TRUE` });
  // Hours read the events themselves: an hour's quarter hours are too few for the rollups to pay.
  const bucketsOf =
    input.interval !== "hour" && timezone === website.timezone
      ? pageOf({
          seen: rolledUpBucketsSql(websiteId, range, input.interval, timezone),
          valid: rollupKept(websiteId, timezone),
        }).then((rolledUp) => rolledUp ?? plainPage())
      : plainPage();
  const [counted, totals] = await Promise.all([
    bucketsOf,
    headlineMetrics(websiteId, range, timezone, website),
  ]);
  const { total, buckets } = counted!;

  const data = buckets.map((bucket) => ({
    ...bucketLabel(bucket.local, bucket.offset, input.interval),
    ...pick(
      {
        visitors: bucket.visitors,
        sessions: bucket.sessions,
        payments: bucket.payments,
        revenue: bucket.revenue === null ? 0 : toMajorUnits(BigInt(bucket.revenue), website.currency),
        conversion_rate: conversionRate(bucket.paying_visitors, bucket.visitors),
      },
      metrics,
    ),
  }));
  const envelope: TimeseriesEnvelope = {
    fields,
    interval: input.interval,
    timezone,
    currency: website.currency,
    startAt: range.start,
    endAt: range.end,
    totals: pick(totals, metrics),
    pagination: { ...page, total },
  };
  return { data, envelope };
}
