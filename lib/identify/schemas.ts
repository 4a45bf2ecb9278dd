import "server-only";
import { z } from "zod";
import { emailSchema, metadataSchema, visitorIdSchema } from "@/lib/tracking/schemas";

const printable = /^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]*$/u;

// `POST /identify`, in DataFast's field names. Profile data goes in `metadata` (strict body:
// unknown top-level fields are refused rather than stored).
export const identifySchema = z
  .object({
    datafast_visitor_id: visitorIdSchema,
    user_id: z
      .string({ error: "user_id must be a string." })
      .trim()
      .min(1, "Enter the user id.")
      .max(255, "Use at most 255 characters.")
      .regex(printable, "Use printable characters only."),
    name: z
      .string({ error: "name must be a string." })
      .trim()
      .min(1, "name is empty.")
      .max(255, "Use at most 255 characters.")
      .regex(printable, "Use printable characters only.")
      .optional(),
    email: emailSchema.optional(),
    metadata: metadataSchema.optional(),
  })
  .strict();
export type IdentifyInput = z.input<typeof identifySchema>;
