import "server-only";
import { z } from "zod";
import { displayNameSchema, goalNameSchema } from "@/lib/tracking/schemas";
import { emailSchema } from "@/lib/validation/email";

// Alerts: "tell me by email when <metric> goes above/below <threshold>". Stored configuration;
// `goal` names the goal when (and only when) the metric is "goal".

/** At most this many alerts per website. */
export const ALERT_LIMIT = 50;
export const MAX_ALERT_THRESHOLD = 1_000_000_000_000;

export const ALERT_METRICS = ["visitors", "revenue", "conversions", "goal"] as const;
export const ALERT_COMPARISONS = ["above", "below"] as const;

export const alertChannelSchema = z
  .object({ type: z.literal("email", { error: 'channel.type must be "email".' }), address: emailSchema })
  .strict();

const fields = {
  name: displayNameSchema,
  metric: z.enum(ALERT_METRICS, { error: `metric must be one of ${ALERT_METRICS.join(", ")}.` }),
  goal: goalNameSchema.nullable(),
  threshold: z
    .number({ error: "threshold must be a number." })
    .min(0, "threshold cannot be negative.")
    .max(MAX_ALERT_THRESHOLD, `threshold can be at most ${MAX_ALERT_THRESHOLD}.`),
  comparison: z.enum(ALERT_COMPARISONS, {
    error: `comparison must be one of ${ALERT_COMPARISONS.join(", ")}.`,
  }),
  channel: alertChannelSchema,
  enabled: z.boolean({ error: "enabled must be true or false." }),
};

type GoalRule = { metric: (typeof ALERT_METRICS)[number]; goal?: string | null };

/** A goal alert names its goal; other metrics name none. */
export function goalRuleIssue(alert: GoalRule): string | null {
  if (alert.metric === "goal" && !alert.goal) return 'A "goal" alert needs the goal name in goal.';
  if (alert.metric !== "goal" && alert.goal) return 'goal is only for alerts on the "goal" metric.';
  return null;
}

export const createAlertSchema = z
  .object({ ...fields, goal: fields.goal.optional(), enabled: fields.enabled.default(true) })
  .strict()
  .superRefine((alert, ctx) => {
    const issue = goalRuleIssue(alert);
    if (issue) ctx.addIssue({ code: "custom", path: ["goal"], message: issue });
  });
export type CreateAlertInput = z.input<typeof createAlertSchema>;

/** PUT: the fields to change; the result must still satisfy the goal rule (checked by updateAlert). */
export const updateAlertSchema = z.object(fields).partial().strict();
export type UpdateAlertInput = z.input<typeof updateAlertSchema>;
