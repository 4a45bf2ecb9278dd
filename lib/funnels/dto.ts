import "server-only";
import { z } from "zod";
import type { Funnel } from "@/lib/db/generated/client";
import { idField, instantField } from "@/lib/utils/dto-fields";
import type { FunnelStep } from "./schemas";

/** Every funnel field that may leave the server. */
export const funnelDtoSchema = z.object({
  _id: idField,
  websiteId: idField,
  name: z.string(),
  steps: z.array(z.object({ name: z.string(), goal: z.string() })),
  createdAt: instantField,
  updatedAt: instantField,
});
export type FunnelDto = z.output<typeof funnelDtoSchema>;

// Steps were validated on the way in (and the table checks their count); read back defensively.
function stepsFromJson(value: unknown): FunnelStep[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((step: unknown) => {
    if (typeof step !== "object" || step === null) return [];
    const { name, goal } = step as Record<string, unknown>;
    return typeof name === "string" && typeof goal === "string" ? [{ name, goal }] : [];
  });
}

export function toFunnelDto(row: Funnel): FunnelDto {
  return {
    _id: row.id,
    websiteId: row.websiteId,
    name: row.name,
    steps: stepsFromJson(row.steps),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
