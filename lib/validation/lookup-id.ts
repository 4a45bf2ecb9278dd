import { z } from "zod";

/**
 * An id the REST API looks up (path parameters, `userId` of DELETE …/team). Any value is
 * accepted: one that is not one of ours (a UUID) names nothing, so the domain answers it exactly
 * as a missing row — 404, or for a website the 403 of one the caller may not see (SPEC §6).
 * Scripts written for DataFast carry its 24-hex ObjectIds, and a 400 would tell them something a
 * missing row does not. The domain checks the format (isUuid) before any query, so nothing
 * malformed reaches a `::uuid` cast.
 */
export function lookupIdField(label: string) {
  return z.string({ error: `${label} is required.` }).meta({
    // An annotation in JSON Schema 2020-12, not an assertion: every id Keyward hands out is one.
    format: "uuid",
    description: `${label}. A value that names nothing, whatever its format, answers like a missing one.`,
  });
}
