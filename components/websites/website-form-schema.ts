import { z } from "zod";
import { createWebsiteSchema, updateWebsiteSchema, websiteNameSchema } from "@/lib/websites/schemas";

// The website forms' schemas, derived from the server's. Two differences: the domain field
// explains what to remove when someone pastes a URL, and the timezone and currency only need a
// choice here, since the server checks them against its own lists (the browser's may differ).

/** What to remove from a pasted URL to leave the bare host, or null when nothing obvious is wrong. */
export function domainProblem(raw: string): string | null {
  const value = raw.trim();
  if (!value) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value);
  let host: string | null = null;
  try {
    host = new URL(scheme ? value : `http://${value}`).hostname || null;
  } catch {
    host = null;
  }
  const example = host && host.includes(".") ? host : "shop.example.com";
  if (scheme) return `Remove "${scheme[1]?.toLowerCase()}://": enter just the domain, like ${example}.`;
  if (/[/?#]/.test(value)) return `Remove the path: enter just the domain, like ${example}.`;
  if (/:\d*$/.test(value)) return `Remove the port: enter just the domain, like ${example}.`;
  if (value.includes("@")) return `Enter just the domain, like ${example}.`;
  return null;
}

const domainField = z
  .string()
  .superRefine((value, ctx) => {
    const problem = domainProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .pipe(createWebsiteSchema.shape.domain);

const choice = (message: string) => z.string().min(1, message);

export const createWebsiteFormSchema = createWebsiteSchema.extend({
  domain: domainField,
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
  domain: domainField,
  timezone: choice("Choose a timezone."),
  currency: choice("Choose a currency."),
});
export type WebsiteSettingsFormInput = z.input<typeof websiteSettingsFormSchema>;
export type WebsiteSettingsFormOutput = z.output<typeof websiteSettingsFormSchema>;
