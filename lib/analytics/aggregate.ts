import "server-only";
import { currencyDigits, toMajorUnits } from "@/lib/payments/money";
import { Prisma } from "@/lib/db/generated/client";
import { paymentsSql } from "./activity-sql";
import { analyticsQuery } from "./analytics-query";
import { plainCountsSql } from "./plain-sql";
import { rolledUpCountsSql } from "./rollup-sql";

// The headline numbers of a range: the overview's metrics, and the timeseries' totals.

type Counts = {
  visitors: number;
  sessions: number;
  goals: number;
  payments: number;
  paying_visitors: number;
};
type Revenue = { currency: string; total: string; payments: number };
type Aggregate = Counts & { revenue: Revenue[] };

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** Paying visitors / visitors as a percentage with two decimals (DataFast's: 1.15 means 1.15 %). */
export function conversionRate(payingVisitors: number, visitors: number): number {
  return visitors > 0 ? round((payingVisitors / visitors) * 100, 2) : 0;
}

// One round trip, or two when the rollups are not in the asked time zone.
async function aggregate(
  websiteId: string,
  start: string,
  end: string,
  timeZone: string,
  rollupTimeZone: string,
): Promise<Aggregate> {
  const query = (counts: Prisma.Sql) =>
    analyticsQuery<Aggregate>(Prisma.sql`
    WITH counts AS (${counts}), paid AS (${paymentsSql(websiteId, start, end)})
    SELECT counts.visitors, counts.sessions, counts.goals,
      (SELECT count(*) FROM paid)::float8 AS payments,
      (SELECT count(DISTINCT visitor) FROM paid WHERE amount > 0)::float8 AS paying_visitors,
      (SELECT coalesce(json_agg(json_build_object('currency', currency, 'total', total, 'payments', payments) ORDER BY currency), '[]'::json)
        FROM (SELECT currency, sum(amount)::text AS total, count(*)::float8 AS payments FROM paid GROUP BY currency) AS totals) AS revenue
    FROM counts`);
  if (timeZone === rollupTimeZone) {
    const [rolledUp] = await query(rolledUpCountsSql(websiteId, start, end, timeZone));
    if (rolledUp) return rolledUp;
  }
  const [row] = await query(plainCountsSql(websiteId, start, end, timeZone));
  return row!;
}

/**
 * The headline metrics of [start, end) (ISO instants), sessions counted in `timeZone`'s days and
 * revenue in the website's currency: see `overviewSchema` for what each one means.
 */
export async function headlineMetrics(
  websiteId: string,
  range: { start: string; end: string },
  timeZone: string,
  website: { currency: string; timezone: string },
) {
  const { currency } = website;
  const { revenue, ...counts } = await aggregate(
    websiteId,
    range.start,
    range.end,
    timeZone,
    website.timezone,
  );
  const own = revenue.find((row) => row.currency === currency);
  const total = own ? toMajorUnits(BigInt(own.total), currency) : 0;
  const { visitors } = counts;
  return {
    ...counts,
    currency,
    revenue: total,
    revenue_per_visitor: visitors > 0 ? round(total / visitors, currencyDigits(currency)) : 0,
    conversion_rate: conversionRate(counts.paying_visitors, visitors),
    other_currencies: revenue
      .filter((row) => row.currency !== currency)
      .map((row) => ({
        currency: row.currency,
        revenue: toMajorUnits(BigInt(row.total), row.currency),
        payments: row.payments,
      })),
  };
}
