import "server-only";
import { z } from "zod";

export type JsonSchema = Record<string, unknown>;

// Custom checks (z.custom) have no JSON Schema of their own; each one the API uses sits inside a
// schema whose `.meta()` carries the JSON Schema that describes it. Anything else unrepresentable
// throws, so a new schema cannot silently become "anything" in the document.
function unrepresentable({ zodSchema }: { zodSchema: z.core.$ZodTypes }): JsonSchema | undefined {
  return zodSchema._zod.def.type === "custom" ? {} : undefined;
}

/** The JSON Schema (draft 2020-12) of what a client sends (`input`) or receives (`output`). */
export function jsonSchemaOf(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable }) as JsonSchema;
  // The document names the dialect once (jsonSchemaDialect), not in every schema.
  delete json.$schema;
  return json;
}
