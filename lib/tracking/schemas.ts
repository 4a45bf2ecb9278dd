import "server-only";
import { z } from "zod";
import { apiTextSchema, nameSchema, printable } from "@/lib/validation/text";

// Field rules shared by the website data the API records (goals, payments, identify) and the
// configuration that refers to it (funnels, alerts). Field names follow DataFast's public API.

/** The `datafast_visitor_id` a tracking script put in the visitor's cookie. */
export const visitorIdSchema = apiTextSchema("datafast_visitor_id", "Enter the visitor id.");

/** A display name (funnel, step, alert): 1–64 printable characters. */
export const displayNameSchema = nameSchema();

export const RESERVED_GOAL_NAMES: readonly string[] = Object.freeze(["identify"]);

/**
 * A goal name as DataFast normalises it: lower-cased, runs of spaces become `_`; then only
 * a-z 0-9 `_` `-` `:`, 1–64 characters, and never a reserved name.
 */
export const goalNameSchema = z
  .string({ error: "Enter a goal name." })
  .trim()
  .min(1, "Enter a goal name.")
  .max(64, "Use at most 64 characters.")
  .transform((name) => name.toLowerCase().replace(/ +/g, "_"))
  .refine((name) => /^[a-z0-9_:-]{1,64}$/.test(name), "Use lower-case letters, digits, _, - and : only.")
  .refine((name) => !RESERVED_GOAL_NAMES.includes(name), "This goal name is reserved.")
  .meta({ description: "Lower-cased, spaces become _; then only a-z 0-9 _ - :", examples: ["signup"] });

export const MAX_METADATA_KEYS = 10;

// Names an object could inherit from: refused rather than silently dropped or merged.
const PROTOTYPE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

const metadataKeySchema = z
  .string()
  .regex(/^[a-z0-9_-]{1,64}$/, "Metadata keys use lower-case letters, digits, _ and - (at most 64).")
  .refine((key) => !PROTOTYPE_KEYS.has(key), "This metadata key is not allowed.");

/** Custom parameters: at most 10 keys, string values of at most 255 printable characters. */
export const metadataSchema = z
  .custom<Record<string, unknown>>(
    (value) => typeof value === "object" && value !== null && !Array.isArray(value),
    "metadata must be an object of strings.",
  )
  // Counted before the values are looked at, and own keys only (JSON.parse makes "__proto__" one).
  .refine(
    (value) => Object.keys(value).length <= MAX_METADATA_KEYS,
    `Use at most ${MAX_METADATA_KEYS} metadata keys.`,
  )
  .refine(
    (value) => !Object.keys(value).some((key) => PROTOTYPE_KEYS.has(key)),
    "This metadata key is not allowed.",
  )
  .pipe(
    z.record(
      metadataKeySchema,
      printable(
        z
          .string({ error: "Metadata values must be strings." })
          .max(255, "Metadata values use at most 255 characters."),
      ),
    ),
  )
  // The custom check above has no JSON Schema; this one describes it (OpenAPI document).
  .meta({
    type: "object",
    maxProperties: MAX_METADATA_KEYS,
    propertyNames: { pattern: "^[a-z0-9_-]{1,64}$" },
    additionalProperties: { type: "string", maxLength: 255 },
  });
export type Metadata = Record<string, string>;

export const DEFAULT_LIST_LIMIT = 50;
export const MAX_LIST_LIMIT = 100;

/** `?limit=`: an integer, clamped to 1…`max` (S59), `fallback` when left out; anything else is refused. */
export function pageLimitSchema(fallback: number, max: number) {
  return z
    .string()
    .regex(/^[+-]?\d{1,400}$/, "limit must be a whole number.")
    .transform((text) => Math.min(max, Math.max(1, Number(text))))
    .optional()
    .transform((limit) => limit ?? fallback);
}

export const listLimitSchema = pageLimitSchema(DEFAULT_LIST_LIMIT, MAX_LIST_LIMIT);

export const listQuerySchema = z.object({ limit: listLimitSchema }).strict();
export type ListQuery = z.output<typeof listQuerySchema>;

/** Metadata read back from a Json column: only string values survive. */
export function metadataFromJson(value: unknown): Metadata | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
}
