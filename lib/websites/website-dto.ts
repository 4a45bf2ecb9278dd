import "server-only";
import { z } from "zod";
import type { Role } from "@/lib/access";
import type { Website } from "@/lib/db/generated/client";
import { idField, instantField, roleField } from "@/lib/utils/dto-fields";

/** Every website field that may leave the server, in the API's field names. */
export const websiteDtoSchema = z.object({
  _id: idField,
  domain: z.string(),
  name: z.string(),
  timezone: z.string(),
  currency: z.string(),
  trackingId: z.string(),
  role: roleField.meta({ description: "The caller's role on this website." }),
  createdAt: instantField,
});
export type WebsiteDto = z.output<typeof websiteDtoSchema>;

export function toWebsiteDto(website: Website, role: Role): WebsiteDto {
  return {
    _id: website.id,
    domain: website.domain,
    name: website.name,
    timezone: website.timezone,
    currency: website.currency,
    trackingId: website.trackingId,
    role,
    createdAt: website.createdAt.toISOString(),
  };
}

/** POST /admin/websites: DataFast's `websiteId` (SPEC §6) beside Keyward's fields. */
export const createdWebsiteSchema = z.object({
  websiteId: idField.meta({ description: "DataFast's field: the new website's id (the same as `_id`)." }),
  ...websiteDtoSchema.shape,
});
export type CreatedWebsite = z.output<typeof createdWebsiteSchema>;

export function toCreatedWebsite(website: WebsiteDto): CreatedWebsite {
  return { websiteId: website._id, ...website };
}
