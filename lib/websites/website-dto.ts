import "server-only";
import type { Role } from "@/lib/access";
import type { Website } from "@/lib/db/generated/client";

/** Every website field that may leave the server, in the API's field names. */
export type WebsiteDto = {
  _id: string;
  domain: string;
  name: string;
  timezone: string;
  currency: string;
  trackingId: string;
  role: Role;
  createdAt: string;
};

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
