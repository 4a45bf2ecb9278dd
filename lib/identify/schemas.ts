import "server-only";
import { z } from "zod";
import { metadataSchema, visitorIdSchema } from "@/lib/tracking/schemas";
import { emailSchema } from "@/lib/validation/email";
import { apiTextSchema } from "@/lib/validation/text";

// `POST /identify`, in DataFast's field names. Profile data goes in `metadata` (strict body:
// unknown top-level fields are refused rather than stored).
export const identifySchema = z
  .object({
    datafast_visitor_id: visitorIdSchema,
    user_id: apiTextSchema("user_id", "Enter the user id."),
    name: apiTextSchema("name").optional(),
    email: emailSchema.optional(),
    metadata: metadataSchema.optional(),
  })
  .strict();
export type IdentifyInput = z.input<typeof identifySchema>;
