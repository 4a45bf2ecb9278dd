import "server-only";
import { z } from "zod";
import { instantField } from "@/lib/utils/dto-fields";

/** Days a usage view covers, today (UTC) included. */
export const USAGE_DAYS = 30;
/** Operations listed in "top operations". */
export const TOP_OPERATIONS = 10;

const count = z.number().int().nonnegative();

/** What a usage view shows of one token or key: never a secret, never another credential's data. */
export const credentialUsageDtoSchema = z.object({
  days: z
    .array(
      z.object({
        date: z.iso.date().meta({ description: "A UTC day, oldest first." }),
        success: count.meta({ description: "2xx answers." }),
        clientError: count.meta({ description: "4xx answers (refusals included)." }),
        serverError: count.meta({ description: "5xx answers." }),
      }),
    )
    .meta({ description: `Requests per day for the last ${USAGE_DAYS} days.` }),
  operations: z.array(z.object({ operation: z.string(), count })).meta({
    description: `The ${TOP_OPERATIONS} most called operations (catalogue operation ids) in that time.`,
  }),
  clientIps: z.array(
    z.object({ ip: z.string(), firstSeenAt: instantField, lastSeenAt: instantField, count }),
  ),
  refusals: z
    .array(
      z.object({
        at: instantField,
        status: z.union([z.literal(401), z.literal(403), z.literal(429)]),
        operation: z.string(),
        reason: z.string(),
        ip: z.string().nullable(),
      }),
    )
    .meta({ description: "The last refused requests (401, 403, 429), newest first." }),
});
export type CredentialUsageDto = z.output<typeof credentialUsageDtoSchema>;
