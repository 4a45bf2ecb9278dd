import "server-only";
import { z } from "zod";
import { displayNameSchema, goalNameSchema } from "@/lib/tracking/schemas";

// Funnels: an ordered path of 2–10 goals (`{name, goal}` each, `goal` a goal name as recorded
// by POST /goals). Shared by the REST routes and any future dashboard form.

/** At most this many funnels per website. */
export const FUNNEL_LIMIT = 50;
export const MIN_FUNNEL_STEPS = 2;
export const MAX_FUNNEL_STEPS = 10;

export const funnelStepSchema = z.object({ name: displayNameSchema, goal: goalNameSchema }).strict();
export type FunnelStep = z.output<typeof funnelStepSchema>;

export const funnelStepsSchema = z
  .array(funnelStepSchema, { error: "steps must be a list of {name, goal}." })
  .min(MIN_FUNNEL_STEPS, `A funnel has at least ${MIN_FUNNEL_STEPS} steps.`)
  .max(MAX_FUNNEL_STEPS, `A funnel has at most ${MAX_FUNNEL_STEPS} steps.`);

export const createFunnelSchema = z.object({ name: displayNameSchema, steps: funnelStepsSchema }).strict();
export type CreateFunnelInput = z.input<typeof createFunnelSchema>;

/** PUT: the fields to change (a missing field keeps its value; `steps` replaces the whole list). */
export const updateFunnelSchema = createFunnelSchema.partial().strict();
export type UpdateFunnelInput = z.input<typeof updateFunnelSchema>;
