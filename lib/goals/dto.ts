import "server-only";
import { z } from "zod";
import type { Event } from "@/lib/db/generated/client";
import { metadataFromJson } from "@/lib/tracking/schemas";
import { idField, instantField, metadataField } from "@/lib/utils/dto-fields";

/** Every goal-event field that may leave the server. */
export const goalDtoSchema = z.object({
  _id: idField,
  websiteId: idField,
  datafast_visitor_id: z.string(),
  name: z.string(),
  metadata: metadataField,
  createdAt: instantField,
});
export type GoalDto = z.output<typeof goalDtoSchema>;

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

/** POST /goals: the recorded event and DataFast's confirmation. */
export const recordedGoalSchema = goalDtoSchema.extend({ message: z.string(), eventId: idField });
export type RecordedGoal = z.output<typeof recordedGoalSchema>;
