import "server-only";
import { z } from "zod";
import type { Funnel } from "@/lib/db/generated/client";
import { idField, instantField } from "@/lib/utils/dto-fields";
import { FUNNEL_STEP_TYPES, type FunnelStep } from "./schemas";

const funnelStepDtoSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(FUNNEL_STEP_TYPES),
  url: z.string().optional().meta({ description: "The page of a pageview step" }),
  goalName: z.string().optional().meta({ description: "The goal of a goal step" }),
  goal: z
    .string()
    .optional()
    .meta({ description: "Keyward's older name for goalName, on goal steps (the same value)" }),
});

/** Every funnel field that may leave the server. */
export const funnelDtoSchema = z.object({
  _id: idField,
  websiteId: idField,
  name: z.string(),
  slug: z.string().meta({ description: "The name lower-cased, other characters as -; unique per website" }),
  steps: z.array(funnelStepDtoSchema),
  isActive: z.boolean().meta({ description: "false once deleted (deleted funnels are never answered)" }),
  createdAt: instantField,
  updatedAt: instantField,
});
export type FunnelDto = z.output<typeof funnelDtoSchema>;

/**
 * Steps as stored: DataFast's `{id, name, type, url | goalName}` (the migration converted older
 * `{name, goal}` steps; one still found is read as a goal step). Validated on the way in, and
 * the table checks their count; read back defensively.
 */
export function stepsFromJson(value: unknown): FunnelStep[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((step: unknown, index): FunnelStep[] => {
    if (typeof step !== "object" || step === null) return [];
    const { id, name, type, url, goalName, goal } = step as Record<string, unknown>;
    if (typeof name !== "string") return [];
    const stepId = typeof id === "string" ? id : `step-${index + 1}`;
    if (type === "pageview" && typeof url === "string") return [{ id: stepId, name, type, url }];
    const goalValue = typeof goalName === "string" ? goalName : goal;
    if ((type === "goal" || type === undefined) && typeof goalValue === "string")
      return [{ id: stepId, name, type: "goal", goalName: goalValue }];
    return [];
  });
}

function stepDto(step: FunnelStep): FunnelDto["steps"][number] {
  return step.type === "goal" ? { ...step, goal: step.goalName } : step;
}

export function toFunnelDto(row: Funnel): FunnelDto {
  return {
    _id: row.id,
    websiteId: row.websiteId,
    name: row.name,
    slug: row.slug,
    steps: stepsFromJson(row.steps).map(stepDto),
    isActive: row.isActive,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
