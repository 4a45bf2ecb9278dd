import "server-only";
import { randomUUID } from "node:crypto";
import type { FunnelStep, FunnelStepInput } from "./schemas";

function sameStep(a: FunnelStepInput, b: FunnelStep): boolean {
  if (a.name !== b.name || a.type !== b.type) return false;
  return a.type === "goal"
    ? b.type === "goal" && a.goalName === b.goalName
    : b.type === "pageview" && a.url === b.url;
}

/**
 * The steps to store for `input`: a step identical to the current step at its position keeps
 * that step's id; any other gets a new one.
 */
export function withStepIds(
  input: readonly FunnelStepInput[],
  current: readonly FunnelStep[] = [],
): FunnelStep[] {
  return input.map((step, i) => {
    const before = current[i];
    return { id: before && sameStep(step, before) ? before.id : randomUUID(), ...step };
  });
}

/** Whether `input` would store exactly `current` (same length, every step the same). */
export function sameSteps(input: readonly FunnelStepInput[], current: readonly FunnelStep[]): boolean {
  return input.length === current.length && input.every((step, i) => sameStep(step, current[i]!));
}
