import { z } from "zod";
import { nameSchema } from "@/lib/validation/text";

// Shared by the website forms, the server actions and the REST routes.

const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

const TIMEZONES = new Set([...Intl.supportedValuesOf("timeZone"), "UTC"]);
const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));

export function timezones(): string[] {
  return [...TIMEZONES].sort();
}

export function currencies(): string[] {
  return [...CURRENCIES].sort();
}

export const domainSchema = z
  .string({ error: "Enter the website's domain." })
  .trim()
  .toLowerCase()
  .min(1, "Enter the website's domain.")
  .max(253, "That domain is too long.")
  .refine(
    (host) => host.includes(".") && host.split(".").every((label) => HOST_LABEL.test(label)),
    "Enter a bare domain like shop.example.com (no https://, path or port).",
  )
  .meta({ examples: ["shop.example.com"] });

export const websiteNameSchema = nameSchema();

export const timezoneSchema = z
  .string({ error: "Choose a timezone." })
  .refine((tz) => TIMEZONES.has(tz), "Choose a timezone from the list.")
  .meta({ description: "An IANA timezone.", examples: ["Europe/Paris"] });

export const currencySchema = z
  .string()
  .refine((code) => CURRENCIES.has(code), "Choose a currency from the list.")
  .meta({ description: "An ISO 4217 currency code.", examples: ["USD"] });

export const createWebsiteSchema = z
  .object({
    domain: domainSchema,
    timezone: timezoneSchema,
    name: websiteNameSchema.optional(),
    currency: currencySchema.default("USD"),
  })
  .strict();
export type CreateWebsiteInput = z.input<typeof createWebsiteSchema>;

export const updateWebsiteSchema = z
  .object({
    domain: domainSchema,
    timezone: timezoneSchema,
    name: websiteNameSchema,
    currency: currencySchema,
  })
  .partial()
  .strict();
export type UpdateWebsiteInput = z.input<typeof updateWebsiteSchema>;

/** The typed confirmation for deleting a website: its domain (compared by deleteWebsite). */
export const deleteWebsiteSchema = z
  .object({
    confirmDomain: z
      .string({ error: "Type the website's domain to confirm." })
      .max(253, "That domain is too long."),
  })
  .strict();
export type DeleteWebsiteInput = z.input<typeof deleteWebsiteSchema>;
