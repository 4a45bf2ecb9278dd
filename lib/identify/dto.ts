import "server-only";
import type { Identity } from "@/lib/db/generated/client";
import { metadataFromJson, type Metadata } from "@/lib/tracking/schemas";

/** Every profile field that may leave the server. */
export type IdentityDto = {
  _id: string;
  websiteId: string;
  datafast_visitor_id: string;
  user_id: string;
  name: string | null;
  email: string | null;
  metadata: Metadata | null;
  createdAt: string;
  updatedAt: string;
};

export function toIdentityDto(row: Identity): IdentityDto {
  return {
    _id: row.id,
    websiteId: row.websiteId,
    datafast_visitor_id: row.visitorId,
    user_id: row.userId,
    name: row.name,
    email: row.email,
    metadata: metadataFromJson(row.metadata),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
