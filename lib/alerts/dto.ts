import "server-only";
import { z } from "zod";
import type { Alert, AlertLog } from "@/lib/db/generated/client";
import { idField, instantField } from "@/lib/utils/dto-fields";

/** How many of its latest sends an alert carries in `recentLogs`. */
export const RECENT_LOGS = 5;

export const ALERT_METRICS = ["visitors", "revenue", "conversions", "goal"] as const;
export const ALERT_COMPARISONS = ["above", "below"] as const;

/** One send of an alert: DataFast's history item, plus Keyward's `_id`. */
export const alertLogDtoSchema = z.object({
  _id: idField,
  alertId: idField,
  alertName: z.string(),
  goalName: z.string(),
  status: z.enum(["sent", "failed"]),
  error: z.string().nullable(),
  visitorId: z.string().nullable(),
  triggeredAt: instantField,
});
export type AlertLogDto = z.output<typeof alertLogDtoSchema>;

const goalTrigger = z.object({ type: z.literal("goal"), goalName: z.string() });
/** Keyward's older alerts, kept as stored: a metric going above or below a threshold. */
const thresholdTrigger = z.object({
  type: z.literal("threshold"),
  goalName: z.string().nullable(),
  metric: z.enum(ALERT_METRICS),
  comparison: z.enum(ALERT_COMPARISONS),
  threshold: z.number(),
});

/** Every alert field that may leave the server: DataFast's, then Keyward's own. */
export const alertDtoSchema = z.object({
  _id: idField,
  websiteId: idField,
  name: z.string(),
  trigger: z.discriminatedUnion("type", [goalTrigger, thresholdTrigger]),
  destination: z.object({
    type: z.literal("email"),
    address: z.string().nullable().meta({ description: "null: the website owner's address (DataFast's)." }),
  }),
  template: z.object({ subject: z.string().nullable(), message: z.string().nullable() }),
  isEnabled: z.boolean(),
  recentLogs: z
    .array(alertLogDtoSchema)
    .meta({ description: `The latest ${RECENT_LOGS} sends, newest first.` }),
  kind: z.enum(["goal", "threshold"]),
  enabled: z.boolean().meta({ description: "Keyward's older name of isEnabled." }),
  createdAt: instantField,
  updatedAt: instantField,
});
export type AlertDto = z.output<typeof alertDtoSchema>;

export type AlertWithLogs = Alert & { logs: AlertLog[] };

/** Prisma `include` that brings an alert's recent sends along. */
export const WITH_RECENT_LOGS = {
  logs: { orderBy: [{ triggeredAt: "desc" as const }, { id: "desc" as const }], take: RECENT_LOGS },
};

export function toAlertLogDto(log: AlertLog, alertName: string): AlertLogDto {
  return {
    _id: log.id,
    alertId: log.alertId,
    alertName,
    goalName: log.goalName,
    status: log.status,
    error: log.error,
    visitorId: log.visitorId,
    triggeredAt: log.triggeredAt.toISOString(),
  };
}

function triggerOf(row: Alert): AlertDto["trigger"] {
  if (row.kind === "goal") return { type: "goal", goalName: row.goalName ?? "" };
  return {
    type: "threshold",
    goalName: row.goal,
    metric: row.metric ?? "visitors",
    comparison: row.comparison ?? "above",
    threshold: row.threshold ?? 0,
  };
}

export function toAlertDto(row: AlertWithLogs): AlertDto {
  return {
    _id: row.id,
    websiteId: row.websiteId,
    name: row.name,
    trigger: triggerOf(row),
    destination: { type: row.channel, address: row.address },
    template: { subject: row.subject, message: row.message },
    isEnabled: row.enabled,
    recentLogs: row.logs.map((log) => toAlertLogDto(log, row.name)),
    kind: row.kind,
    enabled: row.enabled,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
