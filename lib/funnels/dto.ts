import "server-only";
import type { Funnel } from "@/lib/db/generated/client";
import type { FunnelStep } from "./schemas";

/** Every funnel field that may leave the server. */
export type FunnelDto = {
  _id: string;
  websiteId: string;
  name: string;
  steps: FunnelStep[];
  createdAt: string;
  updatedAt: string;
};

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
