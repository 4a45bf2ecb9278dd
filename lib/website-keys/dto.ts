import "server-only";
import { z } from "zod";
import type { WebsiteKey } from "@/lib/db/generated/client";
import { idField, instantField, personRefField } from "@/lib/utils/dto-fields";

/** Every website-key field that may leave the server. Never a digest or a secret. */
export const websiteKeyDtoSchema = z.object({
  _id: idField,
  name: z.string(),
  displayKey: z.string(),
  websiteId: idField,
  createdBy: personRefField.meta({
    description:
      "The person the key acts for: who made it, inherited by keys minted from keys. Null when that person's account is gone (or unknown, for keys from before provenance).",
  }),
  parentId: idField.nullable().meta({
    description:
      "The key or token that minted it through the API (`parentKind` says which); null when made in the dashboard. Revoking that credential revokes this key.",
  }),
  parentKind: z.enum(["website-key", "account-token"]).nullable(),
  expiresAt: instantField
    .nullable()
    .meta({ description: "When it stops working; never later than its parent's. Null: never." }),
  flaggedAt: instantField.nullable().meta({
    description:
      "When the person behind it was removed, left, was demoted or deleted their account; cleared by a roll. Flagged keys are offered to the owner to roll or revoke.",
  }),
  lastUsedAt: instantField.nullable(),
  lastUsedIp: z.string().nullable(),
  allowedIps: z.array(z.string()).meta({
    description: "IP allow-list: the CIDR ranges it may be used from; [] allows any address.",
  }),
  createdAt: instantField,
  rolledAt: instantField.nullable(),
  previousExpiresAt: instantField.nullable().meta({
    description: "While a rolled-away secret still works (grace period); null when it died with the roll.",
  }),
  previousLastUsedAt: instantField.nullable().meta({
    description:
      "The last use by the rolled-away secret, as of the last roll; equal to `lastUsedAt` when the last use was the old secret's.",
  }),
});
export type WebsiteKeyDto = z.output<typeof websiteKeyDtoSchema>;

export type WebsiteKeyRow = WebsiteKey & { createdBy: { id: string; name: string } | null };

/** The Prisma `include` that loads what toWebsiteKeyDto reads (only the creator's id and name). */
export const WEBSITE_KEY_INCLUDE = { createdBy: { select: { id: true, name: true } } } as const;

function iso(at: Date | null): string | null {
  return at ? at.toISOString() : null;
}

export function toWebsiteKeyDto(row: WebsiteKeyRow): WebsiteKeyDto {
  return {
    _id: row.id,
    name: row.name,
    displayKey: row.displayKey,
    websiteId: row.websiteId,
    createdBy: row.createdBy ? { _id: row.createdBy.id, name: row.createdBy.name } : null,
    lastUsedAt: iso(row.lastUsedAt),
    lastUsedIp: row.lastUsedIp,
    allowedIps: row.allowedIps,
    createdAt: row.createdAt.toISOString(),
    rolledAt: iso(row.rolledAt),
    previousLastUsedAt: iso(row.previousLastUsedAt),
    previousExpiresAt: row.previousDigest ? iso(row.previousExpiresAt) : null,
    parentId: row.parentKeyId ?? row.parentTokenId,
    parentKind: row.parentKeyId ? "website-key" : row.parentTokenId ? "account-token" : null,
    expiresAt: iso(row.expiresAt),
    flaggedAt: iso(row.flaggedAt),
  };
}
