import "server-only";
import { z } from "zod";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value is a well-formed id (UUID); the domain answers "not found" for anything else. */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

/**
 * An id a server action takes: only its length is checked here, and an overlong one gets the
 * same not-found message the domain gives for an id that names nothing, so the answer never
 * tells a malformed id from a missing row.
 */
export function idInputSchema(notFound: string): z.ZodString {
  return z.string().max(64, notFound);
}
