import "server-only";
import { z } from "zod";
import type { Identity } from "@/lib/db/generated/client";
import { metadataFromJson } from "@/lib/tracking/schemas";
import { idField, instantField, metadataField } from "@/lib/utils/dto-fields";

/** Every profile field that may leave the server. */
export const identityDtoSchema = z.object({
  _id: idField,
  websiteId: idField,
  datafast_visitor_id: z.string(),
  user_id: z.string(),
  name: z.string().nullable(),
  email: z.string().nullable(),
  metadata: metadataField,
  createdAt: instantField,
  updatedAt: instantField,
});
export type IdentityDto = z.output<typeof identityDtoSchema>;

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

/** POST /identify: the stored profile and whether it was created or updated. */
export const identifiedSchema = identityDtoSchema.extend({ message: z.string(), profileId: idField });
export type IdentifiedVisitor = z.output<typeof identifiedSchema>;
