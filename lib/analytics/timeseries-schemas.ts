import "server-only";
import { z } from "zod";
import { pageLimitSchema } from "@/lib/tracking/schemas";
import { timezoneSchema } from "@/lib/websites/schemas";
import { fieldListSchema, rangeBoundSchema } from "./schemas";

// `GET /analytics/timeseries`, in DataFast's parameter and field names.

/** What `?fields=` may select; `name` (the bucket's label) and `timestamp` come with every row. */
export const TIMESERIES_FIELDS = [
  "name",
  "visitors",
  "sessions",
  "revenue",
  "payments",
  "conversion_rate",
] as const;
export type TimeseriesField = (typeof TIMESERIES_FIELDS)[number];

export const INTERVALS = ["hour", "day", "week", "month"] as const;
export type Interval = (typeof INTERVALS)[number];

export const DEFAULT_TIMESERIES_LIMIT = 100;
export const MAX_TIMESERIES_LIMIT = 1000;

const offsetSchema = z
  .string()
  .regex(/^\+?\d{1,9}$/, "offset must be a whole number, 0 or more.")
  .transform(Number)
  .optional()
  .transform((offset) => offset ?? 0)
  .meta({ description: "Buckets to skip, oldest first; default 0." });

export const timeseriesQuerySchema = z
  .object({
    fields: fieldListSchema(TIMESERIES_FIELDS, "required.", "visitors,revenue"),
    interval: z
      .enum(INTERVALS, { error: `interval is required: choose ${INTERVALS.join(", ")}.` })
      .meta({ description: "The bucket: hour, day, week (starting on Monday) or month." }),
    startAt: rangeBoundSchema.optional(),
    endAt: rangeBoundSchema.optional(),
    timezone: timezoneSchema.optional(),
    limit: pageLimitSchema(DEFAULT_TIMESERIES_LIMIT, MAX_TIMESERIES_LIMIT).meta({
      description: `Buckets per page, ${DEFAULT_TIMESERIES_LIMIT} by default, at most ${MAX_TIMESERIES_LIMIT}.`,
    }),
    offset: offsetSchema,
  })
  .strict()
  .refine((query) => (query.startAt === undefined) === (query.endAt === undefined), {
    message:
      "Give both startAt and endAt, or neither (the last 24 hours by hour, 30 days by day or week, 12 months by month).",
    path: ["endAt"],
  });
/** A checked query, limit and offset as numbers: what the route hands the domain function. */
export type TimeseriesQuery = z.output<typeof timeseriesQuerySchema>;

const metrics = {
  visitors: z.number().optional(),
  sessions: z.number().optional(),
  revenue: z.number().optional().meta({ description: "In the website's currency, major units." }),
  payments: z.number().optional().meta({ description: "Payments in any currency; comes with revenue." }),
  conversion_rate: z.number().optional().meta({ description: "Paying visitors / visitors, in percent." }),
};

/**
 * One bucket: the overview's metrics (same meanings) over the part of the range it covers. The
 * first and last buckets may be partial: a range that starts or ends inside a week, say.
 */
export const timeseriesRowSchema = z.object({
  timestamp: z.string().meta({
    description: "Start of the bucket: local time in the report's timezone with its UTC offset.",
    examples: ["2026-03-08T00:00:00-05:00"],
  }),
  name: z.string().meta({ description: "The bucket's label.", examples: ["08 Mar"] }),
  ...metrics,
});
export type TimeseriesRow = z.output<typeof timeseriesRowSchema>;

/** The envelope's own fields, beside `status` and `data` (DataFast's shape). */
export const timeseriesEnvelopeSchema = z.object({
  fields: z.array(z.enum(TIMESERIES_FIELDS)).meta({ description: "The fields answered." }),
  interval: z.enum(INTERVALS),
  timezone: z.string(),
  currency: z.string().meta({ description: "The website's currency (ISO 4217) of revenue." }),
  startAt: z.iso.datetime(),
  endAt: z.iso.datetime().meta({ description: "Exclusive end of the range." }),
  totals: z.object(metrics).meta({ description: "The selected metrics over the whole range." }),
  pagination: z.object({
    limit: z.number().int(),
    offset: z.number().int(),
    total: z.number().int().meta({ description: "Buckets in the range." }),
  }),
});
export type TimeseriesEnvelope = z.output<typeof timeseriesEnvelopeSchema>;
