"use server";

import "server-only";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { createWebsiteKey } from "@/lib/website-keys/create-website-key";
import { revokeWebsiteKey } from "@/lib/website-keys/revoke-website-key";
import { rollWebsiteKey } from "@/lib/website-keys/roll-website-key";
import { createWebsiteKeySchema, rollSchema } from "@/lib/website-keys/schemas";

// Thin adapters: { websiteId, keyId } are only input. The domain re-checks the person's role on
// the website (api-keys.write) and that the key belongs to that website, inside its transaction.

const websiteId = z.string().max(64, "Website not found.");
const keyId = z.string().max(64, "Key not found.");

export const createWebsiteKeyAction = defineAction(
  createWebsiteKeySchema.extend({ websiteId }),
  ({ actor }, input) => createWebsiteKey(actor, input.websiteId, { name: input.name }),
);

export const rollWebsiteKeyAction = defineAction(
  rollSchema.extend({ websiteId, keyId }),
  ({ actor }, input) =>
    rollWebsiteKey(actor, { websiteId: input.websiteId, keyId: input.keyId }, { grace: input.grace }),
);

export const revokeWebsiteKeyAction = defineAction(
  z.object({ websiteId, keyId }).strict(),
  async ({ actor }, input) => {
    await revokeWebsiteKey(actor, { websiteId: input.websiteId, keyId: input.keyId });
    return null;
  },
);
