import { z } from "zod";
import { newAccountTokenSchema } from "@/lib/account-tokens/schemas";
import { allowedIpsSchema } from "@/lib/credentials/ip-allow-list";
import { nameSchema, printable } from "@/lib/validation/text";

// Shared by the Developer settings forms, the server actions and the REST routes.

/** What a key made over REST without a name is called (numbered when the name is taken). */
export const DEFAULT_KEY_NAME = "API key";

/** A key's name in the dashboard: required, so a list never fills with identical rows. */
export const keyNameSchema = nameSchema("Name the key, like Checkout server.");

/** A key's name over REST (SPEC: `name?`): left out or empty, createWebsiteKey picks a free default. */
const apiKeyNameSchema = printable(
  z.string({ error: "Enter a name." }).trim().max(64, "Use at most 64 characters."),
)
  .transform((name) => (name === "" ? undefined : name))
  .optional();

/** An instant with its offset (ISO 8601), or null for "never". */
const keyExpiresAtSchema = z.iso
  .datetime({ offset: true, error: "Use an ISO 8601 instant like 2027-01-31T23:59:59Z, or null." })
  .nullable()
  .transform((at) => (at === null ? null : new Date(at)))
  .meta({
    description:
      "When the key stops working; null or omitted: never. A key minted by an expiring key or token must name an instant no later than the caller's expiry (else 400).",
  });

/** The create dialog and its action. */
export const createWebsiteKeySchema = z
  .object({ name: keyNameSchema, expiresAt: keyExpiresAtSchema.optional() })
  .strict();
export type CreateWebsiteKeyInput = z.input<typeof createWebsiteKeySchema>;

/** POST …/apikeys: the name may be left out. */
export const createWebsiteKeyApiSchema = createWebsiteKeySchema.extend({ name: apiKeyNameSchema });

/**
 * What createWebsiteKey takes (already parsed by the adapters, checked again there): the expiry
 * as an instant. Its future and 10-year bounds are the account tokens' ones.
 */
export const newWebsiteKeySchema = z
  .object({ name: apiKeyNameSchema, expiresAt: newAccountTokenSchema.shape.expiresAt.optional() })
  .strict();
export type NewWebsiteKey = z.input<typeof newWebsiteKeySchema>;

/** Rename a key: the name alone (its secret, website and lineage stay). */
export const renameWebsiteKeySchema = z.object({ name: keyNameSchema }).strict();
export type RenameWebsiteKeyInput = z.input<typeof renameWebsiteKeySchema>;

/** A key's IP allow-list, replaced whole: the dialog, its action and PUT …/apikeys/{keyId}/allowed-ips. */
export const keyAllowedIpsSchema = z.object({ allowedIps: allowedIpsSchema }).strict();
export type KeyAllowedIpsInput = z.input<typeof keyAllowedIpsSchema>;

// Same grace choices as account tokens.
export {
  rollSchema,
  rollApiSchema as rollWebsiteKeyApiSchema,
  type RollInput,
} from "@/lib/account-tokens/schemas";
