import "server-only";
import type { WebsiteKey } from "@/lib/db/generated/client";

/** Every website-key field that may leave the server. Never a digest or a secret. */
export type WebsiteKeyDto = {
  _id: string;
  name: string;
  displayKey: string;
  websiteId: string;
  /** Who created it; null when that person's account is gone or a key created it. */
  createdBy: { _id: string; name: string } | null;
  lastUsedAt: string | null;
  lastUsedIp: string | null;
  createdAt: string;
  rolledAt: string | null;
  /** While a rolled-away secret still works (grace period); null when it died with the roll. */
  previousExpiresAt: string | null;
};

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
    createdAt: row.createdAt.toISOString(),
    rolledAt: iso(row.rolledAt),
    previousExpiresAt: row.previousDigest ? iso(row.previousExpiresAt) : null,
  };
}
