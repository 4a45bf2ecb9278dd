import { z } from "zod";
import { nameSchema } from "@/lib/validation/text";
import { domainProblem, MAX_DOMAIN_LENGTH, normaliseDomain } from "./domain";

// Shared by the website forms, the server actions and the REST routes.

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
  .overwrite(normaliseDomain)
  .min(1, { error: "Enter the website's domain.", abort: true })
  .max(MAX_DOMAIN_LENGTH, { error: "That domain is too long.", abort: true })
  .superRefine((host, ctx) => {
    const problem = domainProblem(host);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
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
