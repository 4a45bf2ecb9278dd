import "server-only";
import { z } from "zod";

// A list's search and page numbers as they arrive in a URL (?q=&page=): malformed values are
// dropped rather than refused, so a hand-edited address still shows the list.

const single = (value: unknown) => (Array.isArray(value) ? undefined : value);

const searchSchema = z.preprocess(single, z.string().trim().max(100).optional()).catch(undefined);
const pageSchema = z
  .preprocess(single, z.coerce.number().int().min(1).max(1_000_000).optional())
  .catch(undefined);

/** A search term: trimmed, at most 100 characters, "" when absent or malformed. */
export function searchParam(value: string | string[] | undefined): string {
  return searchSchema.parse(value) ?? "";
}

/** A page number from 1; 1 when absent or malformed. */
export function pageParam(value: string | string[] | undefined): number {
  return pageSchema.parse(value) ?? 1;
}
