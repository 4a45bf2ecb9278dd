import "server-only";
import { ALERT_LIMIT } from "./schemas";

// Messages people see, kept in one place so the adapters and tests refer to the same text.
export const ALERT_NOT_FOUND_MESSAGE = "Alert not found.";
export const ALERT_NAME_TAKEN_MESSAGE = "This website already has an alert with that name.";
export const ALERT_LIMIT_MESSAGE = `A website can have at most ${ALERT_LIMIT} alerts. Delete one first.`;
