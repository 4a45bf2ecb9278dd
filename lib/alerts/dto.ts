import "server-only";
import { z } from "zod";
import type { Alert } from "@/lib/db/generated/client";
import { idField, instantField } from "@/lib/utils/dto-fields";
import { ALERT_COMPARISONS, ALERT_METRICS } from "./schemas";

/** Every alert field that may leave the server. */
export const alertDtoSchema = z.object({
  _id: idField,
  websiteId: idField,
  name: z.string(),
  metric: z.enum(ALERT_METRICS),
  goal: z.string().nullable(),
  threshold: z.number(),
  comparison: z.enum(ALERT_COMPARISONS),
  channel: z.object({ type: z.literal("email"), address: z.string() }),
  enabled: z.boolean(),
  createdAt: instantField,
  updatedAt: instantField,
});
export type AlertDto = z.output<typeof alertDtoSchema>;

export function toAlertDto(row: Alert): AlertDto {
  return {
    _id: row.id,
    websiteId: row.websiteId,
    name: row.name,
    metric: row.metric,
    goal: row.goal,
    threshold: row.threshold,
    comparison: row.comparison,
    channel: { type: row.channel, address: row.address },
    enabled: row.enabled,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
