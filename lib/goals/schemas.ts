import "server-only";
import { z } from "zod";
import { goalNameSchema, metadataSchema, visitorIdSchema } from "@/lib/tracking/schemas";

// `POST /goals`, in DataFast's field names.
export const recordGoalSchema = z
  .object({
    datafast_visitor_id: visitorIdSchema,
    name: goalNameSchema,
    metadata: metadataSchema.optional(),
  })
  .strict();
export type RecordGoalInput = z.input<typeof recordGoalSchema>;

export { listQuerySchema as listGoalsQuerySchema } from "@/lib/tracking/schemas";
