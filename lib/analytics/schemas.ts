import "server-only";
import { z } from "zod";
import { timezoneSchema } from "@/lib/websites/schemas";

// `GET /analytics/overview`, in DataFast's parameter and field names. The schema only checks;
// it leaves the strings as they are, so the domain function can parse it again (same result).

/** The metrics `?fields=` may select; all of them when it is left out. */
export const OVERVIEW_FIELDS = [
  "visitors",
  "sessions",
  "goals",
  "payments",
  "paying_visitors",
  "currency",
  "revenue",
  "revenue_per_visitor",
  "conversion_rate",
  "other_currencies",
] as const;
export type OverviewField = (typeof OVERVIEW_FIELDS)[number];

/** The longest range one request may ask for (S59): about a year, bounded time and memory. */
export const MAX_RANGE_DAYS = 366;
export const DEFAULT_RANGE_DAYS = 30;

/** A calendar day (YYYY-MM-DD, in the report's timezone) or an instant (ISO 8601 with Z or an offset). */
export type RangeBound =
  { kind: "date"; year: number; month: number; day: number } | { kind: "instant"; at: Date };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const instantSchema = z.iso.datetime({ offset: true });

/** The bound a startAt/endAt text names, or null when it is not a real day or instant (years 1970–9998). */
export function parseRangeBound(text: string): RangeBound | null {
  const date = DATE.exec(text);
  if (date) {
    const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const check = new Date(Date.UTC(year, month - 1, day));
    const real =
      check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
    return real && year >= 1970 && year <= 9998 ? { kind: "date", year, month, day } : null;
  }
  if (text.length > 40 || !instantSchema.safeParse(text).success) return null;
  const at = new Date(text);
  return Number.isNaN(at.getTime()) || at.getUTCFullYear() < 1970 || at.getUTCFullYear() > 9998
    ? null
    : { kind: "instant", at };
}

export const rangeBoundSchema = z
  .string()
  .refine(
    (text) => parseRangeBound(text) !== null,
    "Use a date like 2026-05-01 or an ISO 8601 timestamp with Z or an offset, like 2026-05-01T00:00:00Z.",
  )
  .meta({
    description: "YYYY-MM-DD in the report's timezone, or an ISO 8601 instant.",
    examples: ["2026-05-01", "2026-05-01T00:00:00Z"],
  });

/** The `?fields=` names among `allowed`, or null when one is unknown or none is given. */
export function parseFieldList<F extends string>(text: string, allowed: readonly F[]): F[] | null {
  const names = text
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  if (names.length === 0 || names.some((name) => !(allowed as readonly string[]).includes(name))) return null;
  return [...new Set(names as F[])];
}

export const parseOverviewFields = (text: string) => parseFieldList(text, OVERVIEW_FIELDS);

/** `?fields=`: a comma-separated list among `allowed`. */
export function fieldListSchema(allowed: readonly string[], description: string, example: string) {
  const choose = `Choose fields among ${allowed.join(", ")}.`;
  return z
    .string({ error: choose })
    .max(400, "Too many fields.")
    .refine((text) => parseFieldList(text, allowed) !== null, choose)
    .meta({
      description: `Comma-separated, among ${allowed.join(", ")}; ${description}`,
      examples: [example],
    });
}

const fieldsSchema = fieldListSchema(OVERVIEW_FIELDS, "all when left out.", "visitors,revenue");

export const overviewQuerySchema = z
  .object({
    startAt: rangeBoundSchema.optional(),
    endAt: rangeBoundSchema.optional(),
    timezone: timezoneSchema.optional(),
    fields: fieldsSchema.optional(),
  })
  .strict()
  .refine((query) => (query.startAt === undefined) === (query.endAt === undefined), {
    message: "Give both startAt and endAt, or neither (the last 30 days).",
    path: ["endAt"],
  });
export type OverviewQuery = z.input<typeof overviewQuerySchema>;

/**
 * The headline numbers of a website over [startAt, endAt), computed from the rows stored for it
 * (goal events, payments, identified visitors). There is no pageview tracker, so:
 * - visitors: distinct `datafast_visitor_id`s seen in the range in any of them (a profile counts
 *   when it was created or last updated in the range);
 * - sessions: an approximation, one per visitor per calendar day (in `timezone`) they were seen;
 * - goals: goal events; payments: payments in any currency; paying_visitors: distinct visitors
 *   with a payment above zero;
 * - revenue: the sum of payments in the website's currency, in major units (no exchange rates:
 *   payments in other currencies are summed apart in `other_currencies`, never mixed in);
 * - conversion_rate: paying_visitors / visitors, as a percentage with two decimals (DataFast's
 *   convention: 1.15 means 1.15 %); revenue_per_visitor: revenue / visitors.
 */
export const overviewSchema = z.object({
  startAt: z.iso.datetime(),
  endAt: z.iso.datetime().meta({ description: "Exclusive end of the range." }),
  timezone: z.string(),
  visitors: z.number().optional(),
  sessions: z.number().optional(),
  goals: z.number().optional(),
  payments: z.number().optional(),
  paying_visitors: z.number().optional(),
  currency: z.string().optional(),
  revenue: z.number().optional(),
  revenue_per_visitor: z.number().optional(),
  conversion_rate: z.number().optional(),
  other_currencies: z
    .array(z.object({ currency: z.string(), revenue: z.number(), payments: z.number() }))
    .optional(),
});
export type Overview = z.output<typeof overviewSchema>;
