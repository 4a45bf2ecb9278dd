import "server-only";
import { NO_WEBSITE_ACCESS_MESSAGE } from "@/lib/access";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { currencyDigits, toMajorUnits } from "@/lib/payments/money";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import { cachedOverview } from "./overview-cache";
import { resolveRange } from "./resolve-range";
import {
  OVERVIEW_FIELDS,
  overviewQuerySchema,
  parseOverviewFields,
  type Overview,
  type OverviewField,
  type OverviewQuery,
} from "./schemas";

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

// One round trip: this runs on every overview request.
async function aggregate(websiteId: string, start: string, end: string, timeZone: string) {
  const [row] = await db().$queryRaw<Aggregate[]>`
    WITH activity AS (
      SELECT "visitorId" AS visitor, "createdAt" AS at FROM "Event"
        WHERE "websiteId" = ${websiteId}::uuid AND "createdAt" >= ${start}::timestamptz AND "createdAt" < ${end}::timestamptz
      UNION ALL
      SELECT "visitorId", "createdAt" FROM "Payment"
        WHERE "websiteId" = ${websiteId}::uuid AND "visitorId" IS NOT NULL AND "createdAt" >= ${start}::timestamptz AND "createdAt" < ${end}::timestamptz
      UNION ALL
      SELECT "visitorId", "createdAt" FROM "Identity"
        WHERE "websiteId" = ${websiteId}::uuid AND "createdAt" >= ${start}::timestamptz AND "createdAt" < ${end}::timestamptz
      UNION ALL
      SELECT "visitorId", "updatedAt" FROM "Identity"
        WHERE "websiteId" = ${websiteId}::uuid AND "updatedAt" >= ${start}::timestamptz AND "updatedAt" < ${end}::timestamptz
    )
    SELECT
      (SELECT count(DISTINCT visitor) FROM activity)::float8 AS visitors,
      (SELECT count(*) FROM (SELECT DISTINCT visitor, (at AT TIME ZONE ${timeZone})::date FROM activity) AS days)::float8 AS sessions,
      (SELECT count(*) FROM "Event"
        WHERE "websiteId" = ${websiteId}::uuid AND "createdAt" >= ${start}::timestamptz AND "createdAt" < ${end}::timestamptz)::float8 AS goals,
      (SELECT count(*) FROM "Payment"
        WHERE "websiteId" = ${websiteId}::uuid AND "createdAt" >= ${start}::timestamptz AND "createdAt" < ${end}::timestamptz)::float8 AS payments,
      (SELECT count(DISTINCT "visitorId") FROM "Payment"
        WHERE "websiteId" = ${websiteId}::uuid AND "amountMinor" > 0
          AND "createdAt" >= ${start}::timestamptz AND "createdAt" < ${end}::timestamptz)::float8 AS paying_visitors,
      (SELECT coalesce(json_agg(json_build_object('currency', currency, 'total', total, 'payments', payments) ORDER BY currency), '[]'::json)
        FROM (SELECT currency, sum("amountMinor")::text AS total, count(*)::float8 AS payments FROM "Payment"
          WHERE "websiteId" = ${websiteId}::uuid AND "createdAt" >= ${start}::timestamptz AND "createdAt" < ${end}::timestamptz
          GROUP BY currency) AS totals) AS revenue`;
  const { revenue, ...counts } = row!;
  return { counts, revenue };
}

/** The overview for a website the actor may read analytics of; see {@link Overview}. */
export async function getOverview(
  actor: Actor,
  websiteId: string,
  query: OverviewQuery = {},
  now = new Date(),
): Promise<Overview> {
  const input = overviewQuerySchema.parse(query);
  await requireWebsiteAccess(db(), actor, websiteId, "analytics.read");
  return cachedOverview(websiteId, input, now, () => computeOverview(websiteId, input, now));
}

async function computeOverview(websiteId: string, input: OverviewQuery, now: Date): Promise<Overview> {
  const website = await db().website.findUnique({
    where: { id: websiteId },
    select: { currency: true, timezone: true },
  });
  if (!website) throw new AppError("FORBIDDEN", NO_WEBSITE_ACCESS_MESSAGE);

  const timezone = input.timezone ?? website.timezone;
  const { start, end } = resolveRange(input, timezone, now);
  const { counts, revenue } = await aggregate(websiteId, start.toISOString(), end.toISOString(), timezone);

  const own = revenue.find((row) => row.currency === website.currency);
  const total = own ? toMajorUnits(BigInt(own.total), website.currency) : 0;
  const { visitors } = counts;
  const metrics: Required<Omit<Overview, "startAt" | "endAt" | "timezone">> = {
    ...counts,
    currency: website.currency,
    revenue: total,
    revenue_per_visitor: visitors > 0 ? round(total / visitors, currencyDigits(website.currency)) : 0,
    conversion_rate: visitors > 0 ? round((counts.paying_visitors / visitors) * 100, 2) : 0,
    other_currencies: revenue
      .filter((row) => row.currency !== website.currency)
      .map((row) => ({
        currency: row.currency,
        revenue: toMajorUnits(BigInt(row.total), row.currency),
        payments: row.payments,
      })),
  };
  const fields: readonly OverviewField[] =
    (input.fields !== undefined ? parseOverviewFields(input.fields) : null) ?? OVERVIEW_FIELDS;
  return {
    startAt: start.toISOString(),
    endAt: end.toISOString(),
    timezone,
    ...Object.fromEntries(fields.map((field) => [field, metrics[field]])),
  };
}
