import { z } from "zod";
import { createWebsiteSchema, updateWebsiteSchema, websiteNameSchema } from "@/lib/websites/schemas";

// The website forms' schemas, derived from the server's (which normalises a pasted URL to its bare
// host, as the domain field does on blur). One difference: the timezone and currency only need a
// choice here, since the server checks them against its own lists (the browser's may differ).

const choice = (message: string) => z.string().min(1, message);

export const createWebsiteFormSchema = createWebsiteSchema.extend({
  // Left empty, the website is named after its domain.
  name: z
    .string()
    .trim()
    .transform((value) => (value === "" ? undefined : value))
    .pipe(websiteNameSchema.optional()),
  timezone: choice("Choose a timezone."),
  currency: choice("Choose a currency."),
});
export type CreateWebsiteFormInput = z.input<typeof createWebsiteFormSchema>;
export type CreateWebsiteFormOutput = z.output<typeof createWebsiteFormSchema>;

export const websiteSettingsFormSchema = updateWebsiteSchema.required().extend({
  timezone: choice("Choose a timezone."),
  currency: choice("Choose a currency."),
});
export type WebsiteSettingsFormInput = z.input<typeof websiteSettingsFormSchema>;
export type WebsiteSettingsFormOutput = z.output<typeof websiteSettingsFormSchema>;
