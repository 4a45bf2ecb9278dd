import "server-only";
import { Prisma } from "@/lib/db/generated/client";

// The rows every analytics figure is computed from, as SQL to embed in a query, so that what a
// "visitor" or a "payment" is has one definition for the overview, the timeseries and realtime.
// Bounds are ISO instants of a half-open range [start, end).

/**
 * (visitor, at): a visitor seen in the range. There is no pageview tracker, so a visitor is seen
 * when they trigger a goal event, make a payment, or are identified (a profile counts when it
 * was created and when it was last updated).
 */
export function activitySql(websiteId: string, start: string, end: string): Prisma.Sql {
  return Prisma.sql`${eventVisitsSql(websiteId, start, end)} UNION ALL ${otherVisitsSql(websiteId, start, end)}`;
}

/** (visitor, at) of the goal events in the range. */
export function eventVisitsSql(websiteId: string, start: string, end: string): Prisma.Sql {
  return Prisma.sql`
    SELECT "visitorId" AS visitor, "createdAt" AS at FROM "Event"
      WHERE "websiteId" = ${websiteId}::uuid AND "createdAt" >= ${start}::timestamptz AND "createdAt" < ${end}::timestamptz`;
}

/** (visitor, at) of everything else that sees a visitor: payments and identifications. */
export function otherVisitsSql(websiteId: string, start: string, end: string): Prisma.Sql {
  return Prisma.sql`
    SELECT "visitorId" AS visitor, "createdAt" AS at FROM "Payment"
      WHERE "websiteId" = ${websiteId}::uuid AND "visitorId" IS NOT NULL AND "createdAt" >= ${start}::timestamptz AND "createdAt" < ${end}::timestamptz
    UNION ALL
    SELECT "visitorId", "createdAt" FROM "Identity"
      WHERE "websiteId" = ${websiteId}::uuid AND "createdAt" >= ${start}::timestamptz AND "createdAt" < ${end}::timestamptz
    UNION ALL
    SELECT "visitorId", "updatedAt" FROM "Identity"
      WHERE "websiteId" = ${websiteId}::uuid AND "updatedAt" >= ${start}::timestamptz AND "updatedAt" < ${end}::timestamptz`;
}

/** (visitor, amount, currency, at): the payments in the range, amounts in minor units. */
export function paymentsSql(websiteId: string, start: string, end: string): Prisma.Sql {
  return Prisma.sql`
    SELECT "visitorId" AS visitor, "amountMinor" AS amount, currency, "createdAt" AS at FROM "Payment"
      WHERE "websiteId" = ${websiteId}::uuid AND "createdAt" >= ${start}::timestamptz AND "createdAt" < ${end}::timestamptz`;
}
