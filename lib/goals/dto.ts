import "server-only";
import type { Event } from "@/lib/db/generated/client";
import { metadataFromJson, type Metadata } from "@/lib/tracking/schemas";

/** Every goal-event field that may leave the server. */
export type GoalDto = {
  _id: string;
  websiteId: string;
  datafast_visitor_id: string;
  name: string;
  metadata: Metadata | null;
  createdAt: string;
};

export function toGoalDto(row: Event): GoalDto {
  return {
    _id: row.id,
    websiteId: row.websiteId,
    datafast_visitor_id: row.visitorId,
    name: row.name,
    metadata: metadataFromJson(row.metadata),
    createdAt: row.createdAt.toISOString(),
  };
}
