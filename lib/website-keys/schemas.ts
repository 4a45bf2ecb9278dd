import { z } from "zod";
import { gracePeriodSchema } from "@/lib/credentials/grace";

// Shared by the Developer settings forms, the server actions and the REST routes.

/** At most this many keys that are not revoked, per website (SPEC §3). */
export const WEBSITE_KEY_LIMIT = 10;
export const DEFAULT_KEY_NAME = "API key";

// No control, format (bidi) or line separator characters: names are shown in lists and logs.
const printable = /^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]*$/u;

export const keyNameSchema = z
  .string({ error: "Enter a name." })
  .trim()
  .max(64, "Use at most 64 characters.")
  .regex(printable, "Use printable characters only.")
  // An empty field in the form means "no name": the default applies, as when it is left out.
  .transform((name) => (name === "" ? DEFAULT_KEY_NAME : name))
  .optional()
  .transform((name) => name ?? DEFAULT_KEY_NAME);

export const createWebsiteKeySchema = z.object({ name: keyNameSchema }).strict();
export type CreateWebsiteKeyInput = z.input<typeof createWebsiteKeySchema>;

// Same grace choices as account tokens.
export { rollSchema, type RollInput } from "@/lib/account-tokens/schemas";

/** PUT /admin/websites/{id}/apikeys/{keyId}: rolling over REST kills the old secret now unless a grace is given. */
export const rollWebsiteKeyApiSchema = z.object({ grace: gracePeriodSchema.default("none") }).strict();
