import "server-only";
import { realtimeQuerySchema, realtimeSchema } from "@/lib/analytics/get-realtime";
import { overviewQuerySchema, overviewSchema } from "@/lib/analytics/schemas";
import {
  timeseriesEnvelopeSchema,
  timeseriesQuerySchema,
  timeseriesRowSchema,
} from "@/lib/analytics/timeseries-schemas";
import { goalDtoSchema, recordedGoalSchema } from "@/lib/goals/dto";
import { listGoalsQuerySchema, recordGoalSchema } from "@/lib/goals/schemas";
import { identifiedSchema } from "@/lib/identify/dto";
import { identifySchema } from "@/lib/identify/schemas";
import { paymentDtoSchema, recordedPaymentSchema } from "@/lib/payments/dto";
import { listPaymentsQuerySchema, recordPaymentSchema } from "@/lib/payments/schemas";
import { defineOperation } from "./operation";

// Data recorded for a website, or read from it: a `df_` key implies the website, a `dft_` token
// names it with ?websiteId= (DataFast's convention).

export const getOverview = defineOperation({
  id: "getOverview",
  method: "GET",
  path: "/analytics/overview",
  tag: "Analytics",
  summary: "Headline numbers over a date range",
  description:
    "`startAt`/`endAt` as YYYY-MM-DD in the website's timezone or ISO instants, both or neither (the last 30 days); at most 366 days.",
  access: "analytics.read",
  website: "query",
  query: overviewQuerySchema,
  response: overviewSchema,
});

export const getTimeseries = defineOperation({
  id: "getTimeseries",
  method: "GET",
  path: "/analytics/timeseries",
  tag: "Analytics",
  summary: "Metrics bucket by bucket",
  description:
    "One row per hour, day, week (from Monday) or month in the timezone, oldest first, empty buckets included; `totals` covers the whole range. " +
    "`startAt`/`endAt` as for the overview, both or neither: then the last 24 hours by hour, 30 days by day or week, 12 months by month (whole buckets up to now). " +
    "Asking for `revenue` brings `payments` along.",
  access: "analytics.read",
  website: "query",
  query: timeseriesQuerySchema,
  response: timeseriesRowSchema,
  envelope: timeseriesEnvelopeSchema,
  list: true,
});

export const getRealtime = defineOperation({
  id: "getRealtime",
  method: "GET",
  path: "/analytics/realtime",
  tag: "Analytics",
  summary: "Visitors active now",
  description: "Visitors seen (goal events, payments, identify) in the last 5 minutes.",
  access: "analytics.read",
  website: "query",
  query: realtimeQuerySchema,
  response: realtimeSchema,
});

export const listGoals = defineOperation({
  id: "listGoals",
  method: "GET",
  path: "/goals",
  tag: "Goals",
  summary: "List recent goal events",
  access: "goals.read",
  website: "query",
  query: listGoalsQuerySchema,
  response: goalDtoSchema,
  list: true,
});

export const recordGoal = defineOperation({
  id: "recordGoal",
  method: "POST",
  path: "/goals",
  tag: "Goals",
  summary: "Record a custom goal event",
  access: "goals.write",
  website: "query",
  body: recordGoalSchema,
  response: recordedGoalSchema,
});

export const listPayments = defineOperation({
  id: "listPayments",
  method: "GET",
  path: "/payments",
  tag: "Payments",
  summary: "List recent payments",
  access: "payments.read",
  website: "query",
  query: listPaymentsQuerySchema,
  response: paymentDtoSchema,
  list: true,
});

export const recordPayment = defineOperation({
  id: "recordPayment",
  method: "POST",
  path: "/payments",
  tag: "Payments",
  summary: "Record a payment",
  description:
    "`amount` in major units (29.99). Idempotent on `transaction_id`: the same payment again answers with the stored one (`created: false`); the same id with other values is a 409.",
  access: "payments.write",
  website: "query",
  body: recordPaymentSchema,
  response: recordedPaymentSchema,
  errors: [409],
});

export const identifyVisitor = defineOperation({
  id: "identifyVisitor",
  method: "POST",
  path: "/identify",
  tag: "Identify",
  summary: "Link a visitor to one of your users",
  access: "identify.write",
  website: "query",
  body: identifySchema,
  response: identifiedSchema,
});

export const WEBSITE_DATA_OPERATIONS = [
  getOverview,
  getTimeseries,
  getRealtime,
  listGoals,
  recordGoal,
  listPayments,
  recordPayment,
  identifyVisitor,
];
