import "server-only";
import { z } from "zod";
import { canonicalPermissions, isGrant } from "@/lib/access";
import type { AccountToken } from "@/lib/db/generated/client";
import { grantListField, idField, instantField, personRefField } from "@/lib/utils/dto-fields";

/** Every account-token field that may leave the server. Never a digest or a secret. */
export const accountTokenDtoSchema = z.object({
  _id: idField,
  name: z.string(),
  displayKey: z.string(),
  scope: z.literal("user").meta({ description: "DataFast's field: account tokens act for their person." }),
  permissions: grantListField,
  websiteIds: z.array(idField).meta({ description: "[] means all websites when `allWebsites` is true." }),
  // Beyond the contract's shape: false with an empty `websiteIds` is an allow-list whose
  // websites were all deleted — it reaches no website, and must not be shown as "All websites".
  allWebsites: z.boolean(),
  expiresAt: instantField.nullable(),
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
  createdBy: personRefField.meta({ description: "The person the token acts for (who made it)." }),
  parentId: idField.nullable().meta({
    description:
      "The token that minted it through the API; null when made in the dashboard. Revoking that token revokes this one.",
  }),
});
export type AccountTokenDto = z.output<typeof accountTokenDtoSchema>;

/** The row shape the mapper needs: the token, its allow-list rows and its person. */
export type AccountTokenRow = AccountToken & {
  websites: { websiteId: string }[];
  user: { id: string; name: string };
};

function iso(at: Date | null): string | null {
  return at ? at.toISOString() : null;
}

export function toAccountTokenDto(row: AccountTokenRow): AccountTokenDto {
  return {
    ...tokenFields(row),
    websiteIds: row.allWebsites ? [] : row.websites.map((w) => w.websiteId).sort(),
  };
}

/**
 * What Account → API lists of a token: its allow-list summed up, not whole (a token may name
 * hundreds of websites); the edit dialog fetches the whole list when it opens.
 */
export type AccountTokenListItem = Omit<AccountTokenDto, "websiteIds"> & { websites: TokenWebsitesSummary };

export type TokenWebsitesSummary = {
  /** How many websites the allow-list names (0 for "all websites"). */
  count: number;
  /** The first names (domains), A–Z, of those the person still belongs to. */
  names: string[];
  /** How many of them the person has left since. */
  left: number;
};

export function toAccountTokenListItem(
  row: Omit<AccountTokenRow, "websites">,
  websites: TokenWebsitesSummary,
): AccountTokenListItem {
  return { ...tokenFields(row), websites };
}

function tokenFields(row: Omit<AccountTokenRow, "websites">): Omit<AccountTokenDto, "websiteIds"> {
  return {
    _id: row.id,
    name: row.name,
    displayKey: row.displayKey,
    scope: "user",
    // Stored canonical; filtering again means a bad row can never show more than it grants.
    permissions: canonicalPermissions(row.permissions.filter(isGrant)),
    allWebsites: row.allWebsites,
    expiresAt: iso(row.expiresAt),
    lastUsedAt: iso(row.lastUsedAt),
    lastUsedIp: row.lastUsedIp,
    allowedIps: row.allowedIps,
    createdAt: row.createdAt.toISOString(),
    rolledAt: iso(row.rolledAt),
    previousLastUsedAt: iso(row.previousLastUsedAt),
    // Only meaningful while the old digest is still kept.
    previousExpiresAt: row.previousDigest ? iso(row.previousExpiresAt) : null,
    createdBy: { _id: row.user.id, name: row.user.name },
    parentId: row.parentTokenId,
  };
}

/** The Prisma `include` that loads what toAccountTokenDto reads. */
export const ACCOUNT_TOKEN_INCLUDE = {
  websites: { select: { websiteId: true } },
  user: { select: { id: true, name: true } },
} as const;
