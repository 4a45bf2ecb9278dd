import { z } from "zod";
import { ALL, MAX_PERMISSION_ENTRIES, parsePermissionList, PERMISSIONS, type Grant } from "@/lib/access";
import { endOfDay, isTimeZone, todayIn } from "@/lib/credentials/end-of-day";
import { gracePeriodSchema } from "@/lib/credentials/grace-schema";
import { allowedIpsSchema } from "@/lib/credentials/ip-allow-list";
import { nameSchema } from "@/lib/validation/text";

// Shared by the create dialog (react-hook-form), the server actions and the REST routes, so the
// browser and the server refuse exactly the same input. No server-only imports here.

/** An allow-list longer than this is refused before any database work. */
export const MAX_WEBSITE_IDS = 500;
const MAX_EXPIRY_YEARS = 10;
const DAY_MS = 24 * 60 * 60 * 1000;

export const tokenNameSchema = nameSchema();

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

const expiryDateSchema = z
  .string({ error: "Choose a date." })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2027-01-31.")
  .refine((text) => endOfDay(text) !== null, "That date does not exist.");

/** The person's IANA timezone, in which a chosen date ends (default UTC). */
export const timeZoneSchema = z
  .string({ error: "Choose a timezone." })
  .refine(isTimeZone, "Choose a timezone like Europe/Paris or America/Los_Angeles.");

// A chosen date means "works through the end of that day where the person is": 23:59:59.999 in
// their timezone (issue 14; before, it was the start of the day in UTC).
const expiryDayChoiceSchema = z
  .object({ date: expiryDateSchema, timeZone: timeZoneSchema.optional() })
  .strict()
  .superRefine(({ date, timeZone }, ctx) => {
    const at = endOfDay(date, timeZone);
    if (at === null) return;
    // Tomorrow or later where the person is: a token chosen to end "today" is a typo.
    if (date <= todayIn(timeZone) || at.getTime() <= Date.now())
      ctx.addIssue({ code: "custom", path: ["date"], message: "Choose a date in the future." });
    else if (at.getTime() > latestExpiry(new Date()) + DAY_MS)
      ctx.addIssue({
        code: "custom",
        path: ["date"],
        message: `Choose a date at most ${MAX_EXPIRY_YEARS} years away.`,
      });
  });

export const EXPIRY_PRESETS = { "7d": 7, "30d": 30, "90d": 90 } as const;
export type ExpiryPreset = keyof typeof EXPIRY_PRESETS;

export const expirySchema = z.union(
  [
    z.literal("never"),
    z.enum(Object.keys(EXPIRY_PRESETS) as [ExpiryPreset, ...ExpiryPreset[]]),
    expiryDayChoiceSchema,
  ],
  { error: "Choose never, 7, 30 or 90 days, or a date." },
);
export type Expiry = z.infer<typeof expirySchema>;

/**
 * When a token with this expiry choice stops working, or null for never. A date is the last
 * millisecond of that day in the chosen timezone (UTC when none is given).
 */
export function expiryDate(expiry: Expiry, now = new Date()): Date | null {
  if (expiry === "never") return null;
  if (typeof expiry === "string") return new Date(now.getTime() + EXPIRY_PRESETS[expiry] * DAY_MS);
  return endOfDay(expiry.date, expiry.timeZone) ?? new Date(Number.NaN);
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

/** An instant with its offset (ISO 8601), or null for "never". */
const apiExpiresAtSchema = z.iso
  .datetime({ offset: true, error: "Use an ISO 8601 instant like 2027-01-31T23:59:59Z, or null." })
  .nullable()
  .meta({
    description:
      "When the new token stops working; null or omitted: never. A token minted by an expiring token must name an instant no later than the caller's expiry (else 400).",
  });

/** POST /api/v1/admin/access-tokens (SPEC §5), plus an optional `expiresAt` (issue 14). */
export const createAccountTokenApiSchema = z
  .object({
    name: tokenNameSchema.default("API token"),
    permissions: permissionsSchema.default(["*"]),
    websiteIds: websiteIdsSchema.default([]),
    expiresAt: apiExpiresAtSchema.optional(),
  })
  .strict()
  .transform(({ expiresAt, ...input }): NewAccountToken => ({
    ...input,
    expiresAt: expiresAt ? new Date(expiresAt) : null,
  }));
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

/** The edit dialogs: any of name, permissions, websites, expiry and IP allow-list; the rest stays. */
export const editAccountTokenSchema = z
  .object({
    name: tokenNameSchema.optional(),
    permissions: permissionsSchema.optional(),
    websiteIds: websiteIdsSchema.optional(),
    expiry: expirySchema.optional(),
    allowedIps: allowedIpsSchema.optional(),
  })
  .strict()
  .transform(({ expiry, ...rest }): TokenEdit => ({
    ...rest,
    ...(expiry === undefined ? {} : { expiresAt: expiryDate(expiry) }),
  }));
export type EditAccountTokenInput = z.input<typeof editAccountTokenSchema>;

/** What editAccountToken takes: the fields to change (absent: unchanged). */
export type TokenEdit = {
  name?: string;
  permissions?: Grant[];
  websiteIds?: string[];
  expiresAt?: Date | null;
  /** Canonical ranges (allowedIpsSchema's output); [] allows any address. */
  allowedIps?: string[];
};

/** Regenerate: a roll that also sets a new expiry (the old secret dies at once). */
export const regenerateAccountTokenSchema = z
  .object({ expiry: expirySchema })
  .strict()
  .transform(({ expiry }) => ({ expiresAt: expiryDate(expiry) }));
export type RegenerateAccountTokenInput = z.input<typeof regenerateAccountTokenSchema>;

/** Roll: when the old secret stops working. Shared with website keys. */
export const rollSchema = z.object({ grace: gracePeriodSchema }).strict();
export type RollInput = z.infer<typeof rollSchema>;

/** A roll over REST kills the old secret now unless a grace is given. Shared with website keys. */
export const rollApiSchema = z.object({ grace: gracePeriodSchema.default("none") }).strict();
