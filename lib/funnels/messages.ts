import "server-only";
import { FUNNEL_LIMIT } from "./schemas";

// Messages people see, kept in one place so the adapters and tests refer to the same text.
export const FUNNEL_NOT_FOUND_MESSAGE = "Funnel not found.";
export const FUNNEL_NAME_TAKEN_MESSAGE = "This website already has a funnel with that name.";
export const FUNNEL_LIMIT_MESSAGE = `A website can have at most ${FUNNEL_LIMIT} funnels. Delete one first.`;
