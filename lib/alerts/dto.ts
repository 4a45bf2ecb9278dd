import "server-only";
import type { Alert } from "@/lib/db/generated/client";

/** Every alert field that may leave the server. */
export type AlertDto = {
  _id: string;
  websiteId: string;
  name: string;
  metric: Alert["metric"];
  goal: string | null;
  threshold: number;
  comparison: Alert["comparison"];
  channel: { type: Alert["channel"]; address: string };
  enabled: boolean;
  createdAt: string;
  updatedAt: string;
};

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
