"use server";

import "server-only";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { revokeWebsiteKeys } from "@/lib/hygiene/bulk-revoke";
import { BULK_REVOKE_LIMIT } from "@/lib/hygiene/revoke-each";
import { idInputSchema } from "@/lib/validation/id-input";
import { KEY_NOT_FOUND_MESSAGE } from "@/lib/website-keys/messages";
import { WEBSITE_NOT_FOUND_MESSAGE } from "@/lib/websites/messages";
import { createWebsiteKey } from "@/lib/website-keys/create-website-key";
import { expireWebsiteKeyPreviousSecret } from "@/lib/website-keys/expire-previous-secret";
import { previewWebsiteKeyRevoke, rollWebsiteKeyLineage } from "@/lib/website-keys/key-lineage";
import { renameWebsiteKey } from "@/lib/website-keys/rename-website-key";
import { revokeWebsiteKey } from "@/lib/website-keys/revoke-website-key";
import { rollWebsiteKey } from "@/lib/website-keys/roll-website-key";
import {
  createWebsiteKeySchema,
  keyAllowedIpsSchema,
  renameWebsiteKeySchema,
  rollSchema,
} from "@/lib/website-keys/schemas";
import { setWebsiteKeyAllowedIps } from "@/lib/website-keys/set-key-allowed-ips";

// Thin adapters: { websiteId, keyId } are only input. The domain re-checks the person's role on
// the website (api-keys.write) and that the key belongs to that website, inside its transaction.

const websiteId = idInputSchema(WEBSITE_NOT_FOUND_MESSAGE);
const keyId = idInputSchema(KEY_NOT_FOUND_MESSAGE);

export const createWebsiteKeyAction = defineAction(
  createWebsiteKeySchema.extend({ websiteId }),
  ({ actor }, input) =>
    createWebsiteKey(actor, input.websiteId, { name: input.name, expiresAt: input.expiresAt }),
  { sudo: true },
);

export const rollWebsiteKeyAction = defineAction(
  rollSchema.extend({ websiteId, keyId }),
  ({ actor }, input) =>
    rollWebsiteKey(actor, { websiteId: input.websiteId, keyId: input.keyId, grace: input.grace }),
  { sudo: true },
);

/**
 * "Expire old secret now" during a roll's grace period. No sudo: like a revoke it only shortens
 * a credential's life, and ending a leaked secret stays one confirmation.
 */
export const expireWebsiteKeyPreviousSecretAction = defineAction(
  z.object({ websiteId, keyId }).strict(),
  ({ actor }, input) =>
    expireWebsiteKeyPreviousSecret(actor, { websiteId: input.websiteId, keyId: input.keyId }),
);

/** Revokes the key and every key minted from it; says what went with it. */
export const revokeWebsiteKeyAction = defineAction(
  z.object({ websiteId, keyId }).strict(),
  ({ actor }, input) => revokeWebsiteKey(actor, { websiteId: input.websiteId, keyId: input.keyId }),
);

/** Bulk revoke from the list: each key as a single revoke would; partial failure reported per key. */
export const revokeWebsiteKeysAction = defineAction(
  z.object({ websiteId, keyIds: z.array(keyId).min(1).max(BULK_REVOKE_LIMIT) }).strict(),
  ({ actor }, input) => revokeWebsiteKeys(actor, input.websiteId, input.keyIds),
);

/** Before confirming a revoke: the keys minted from this one that it would also end. */
export const previewWebsiteKeyRevokeAction = defineAction(
  z.object({ websiteId, keyId }).strict(),
  ({ actor }, input) => previewWebsiteKeyRevoke(actor, { websiteId: input.websiteId, keyId: input.keyId }),
);

/** "Roll all" for a key's lineage (after rolling it without grace): new secrets, each once. */
export const rollWebsiteKeyLineageAction = defineAction(
  z.object({ websiteId, keyId }).strict(),
  ({ actor }, input) => rollWebsiteKeyLineage(actor, { websiteId: input.websiteId, keyId: input.keyId }),
  { sudo: true },
);

export const renameWebsiteKeyAction = defineAction(
  renameWebsiteKeySchema.extend({ websiteId, keyId }),
  ({ actor }, input) =>
    renameWebsiteKey(actor, { websiteId: input.websiteId, keyId: input.keyId }, { name: input.name }),
);

export const setWebsiteKeyAllowedIpsAction = defineAction(
  keyAllowedIpsSchema.extend({ websiteId, keyId }),
  ({ actor }, input) =>
    setWebsiteKeyAllowedIps(
      actor,
      { websiteId: input.websiteId, keyId: input.keyId },
      { allowedIps: input.allowedIps },
    ),
  // Widening where a key may be used from is as sensitive as making one.
  { sudo: true },
);
