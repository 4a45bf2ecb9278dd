import { z } from "zod";
import { ALL, MAX_PERMISSION_ENTRIES, parsePermissionList, PERMISSIONS, type Grant } from "@/lib/access";
import { gracePeriodSchema } from "@/lib/credentials/grace";

// Shared by the create dialog (react-hook-form), the server actions and the REST routes, so the
// browser and the server refuse exactly the same input. No server-only imports here.

/** At most this many tokens that are not revoked, per person (SPEC §3). */
export const ACCOUNT_TOKEN_LIMIT = 20;
/** An allow-list longer than this is refused before any database work. */
export const MAX_WEBSITE_IDS = 500;
const MAX_EXPIRY_YEARS = 10;
const DAY_MS = 24 * 60 * 60 * 1000;

// Same rule as person names: no control, format (bidi) or line/paragraph separator characters,
// so a name cannot forge log lines or reorder the text around it.
const printable = /^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]*$/u;

export const tokenNameSchema = z
  .string({ error: "Enter a name." })
  .trim()
  .min(1, "Enter a name.")
  .max(64, "Use at most 64 characters.")
  .regex(printable, "Use printable characters only.");

/** Exact catalogue strings only: never trimmed, case-folded or widened (lib/access decides). */
export const permissionsSchema = z
  .unknown()
  .transform((value, ctx): Grant[] => {
    const parsed = parsePermissionList(value);
    if (parsed.ok) return parsed.value;
    ctx.addIssue({ code: "custom", message: parsed.message });
    return z.NEVER;
  })
  // The check above is code; this is its JSON Schema (OpenAPI document).
  .meta({
    type: "array",
    minItems: 1,
    maxItems: MAX_PERMISSION_ENTRIES,
    uniqueItems: true,
    items: { enum: [ALL, ...PERMISSIONS] },
  });

/** [] means "all websites I can reach"; otherwise an allow-list. */
export const websiteIdsSchema = z
  .array(z.uuid({ error: "Website ids must be UUIDs." }), { error: "Website ids must be a list." })
  .max(MAX_WEBSITE_IDS, `Choose at most ${MAX_WEBSITE_IDS} websites.`)
  .refine((ids) => new Set(ids).size === ids.length, "A website is listed twice.");

function startOfUtcDay(at: Date): number {
  return Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
}

function latestExpiry(now: Date): number {
  const limit = new Date(startOfUtcDay(now));
  limit.setUTCFullYear(limit.getUTCFullYear() + MAX_EXPIRY_YEARS);
  return limit.getTime();
}

// A chosen date means "expires at the start of that day, UTC", so "strictly in the future" is
// "tomorrow or later" for everyone, whatever their timezone.
const expiryDateSchema = z
  .string({ error: "Choose a date." })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2027-01-31.")
  .refine((text) => {
    const at = new Date(`${text}T00:00:00.000Z`);
    return !Number.isNaN(at.getTime()) && at.toISOString().startsWith(text);
  }, "That date does not exist.")
  .refine((text) => Date.parse(`${text}T00:00:00.000Z`) > Date.now(), "Choose a date in the future.")
  .refine(
    (text) => Date.parse(`${text}T00:00:00.000Z`) <= latestExpiry(new Date()),
    `Choose a date at most ${MAX_EXPIRY_YEARS} years away.`,
  );

export const EXPIRY_PRESETS = { "7d": 7, "30d": 30, "90d": 90 } as const;
export type ExpiryPreset = keyof typeof EXPIRY_PRESETS;

export const expirySchema = z.union(
  [
    z.literal("never"),
    z.enum(Object.keys(EXPIRY_PRESETS) as [ExpiryPreset, ...ExpiryPreset[]]),
    z.object({ date: expiryDateSchema }).strict(),
  ],
  { error: "Choose never, 7, 30 or 90 days, or a date." },
);
export type Expiry = z.infer<typeof expirySchema>;

/** When a token with this expiry choice stops working, or null for never. */
export function expiryDate(expiry: Expiry, now = new Date()): Date | null {
  if (expiry === "never") return null;
  if (typeof expiry === "string") return new Date(now.getTime() + EXPIRY_PRESETS[expiry] * DAY_MS);
  return new Date(`${expiry.date}T00:00:00.000Z`);
}

/** What createAccountToken takes: already parsed, from either schema below. */
export type NewAccountToken = {
  name: string;
  permissions: Grant[];
  websiteIds: string[];
  expiresAt: Date | null;
};

/** The dashboard's create dialog. */
export const createAccountTokenSchema = z
  .object({
    name: tokenNameSchema,
    permissions: permissionsSchema.default(["*"]),
    websiteIds: websiteIdsSchema.default([]),
    expiry: expirySchema.default("never"),
  })
  .strict()
  .transform(({ expiry, ...rest }): NewAccountToken => ({ ...rest, expiresAt: expiryDate(expiry) }));
export type CreateAccountTokenInput = z.input<typeof createAccountTokenSchema>;

/** POST /api/v1/admin/access-tokens (SPEC §5): no expiry there. */
export const createAccountTokenApiSchema = z
  .object({
    name: tokenNameSchema.default("API token"),
    permissions: permissionsSchema.default(["*"]),
    websiteIds: websiteIdsSchema.default([]),
  })
  .strict()
  .transform((input): NewAccountToken => ({ ...input, expiresAt: null }));
export type CreateAccountTokenApiInput = z.input<typeof createAccountTokenApiSchema>;

/**
 * createAccountToken checks its parsed input again with this, so a caller that skipped the
 * adapters' schemas still cannot store an odd name or a past expiry.
 */
export const newAccountTokenSchema = z
  .object({
    name: tokenNameSchema,
    permissions: permissionsSchema,
    websiteIds: websiteIdsSchema,
    expiresAt: z
      .date({ error: "Choose when the token expires." })
      .refine((at) => at.getTime() > Date.now(), "Choose an expiry in the future.")
      .refine(
        (at) => at.getTime() <= latestExpiry(new Date()) + DAY_MS,
        `Choose an expiry at most ${MAX_EXPIRY_YEARS} years away.`,
      )
      .nullable(),
  })
  .strict();

/** Roll: when the old secret stops working. Shared with website keys. */
export const rollSchema = z.object({ grace: gracePeriodSchema }).strict();
export type RollInput = z.infer<typeof rollSchema>;
