import "server-only";
import { z } from "zod";
import { createAccountTokenSchema } from "@/lib/account-tokens/schemas";
import { printable } from "@/lib/validation/text";

// Shared by the /device page, its server actions and the two REST endpoints (the client form
// uses the account-token schema itself).

/** The one client allowed to ask for device codes (the `keyward` CLI). */
export const DEVICE_CLIENT_ID = "keyward-cli";
export const DEVICE_GRANT_TYPE = "urn:ietf:params:oauth:grant-type:device_code";
/** RFC 8628 §6.1: consonants only (no words, no 0/O or 1/I), upper case. */
export const USER_CODE_ALPHABET = "BCDFGHJKLMNPQRSTVWXZ";
export const USER_CODE_LENGTH = 8;
export const MAX_CLIENT_NAME = 80;

/**
 * What a person types, as the server compares it: upper case, dashes and spaces dropped (RFC
 * 8628 §6.1: "bcdf ghjk" is "BCDF-GHJK"). Null when it cannot be a user code at all.
 */
export function normalizeUserCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "");
  if (code.length !== USER_CODE_LENGTH) return null;
  return [...code].every((char) => USER_CODE_ALPHABET.includes(char)) ? code : null;
}

/** "BCDFGHJK" → "BCDF-GHJK", as shown and put in links. */
export function formatUserCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

export const userCodeSchema = z
  .string({ error: "Enter the code shown in your terminal." })
  .max(32, "Enter the 8-letter code shown in your terminal.")
  .transform((value, ctx) => {
    const code = normalizeUserCode(value);
    if (code) return code;
    ctx.addIssue({
      code: "custom",
      message: "Enter the 8-letter code shown in your terminal, like BCDF-GHJK.",
    });
    return z.NEVER;
  });

/** The approval form: the code, and the new token exactly as Account settings → API creates it. */
export const approveDeviceSchema = z
  .object({ userCode: userCodeSchema, token: createAccountTokenSchema })
  .strict();
export type ApproveDeviceInput = z.input<typeof approveDeviceSchema>;

export const denyDeviceSchema = z.object({ userCode: userCodeSchema }).strict();

/** POST /api/v1/device/code (RFC 8628 §3.1). */
export const deviceCodeRequestSchema = z.object({
  client_id: z.string().min(1),
  client_name: printable(z.string().trim().min(1).max(MAX_CLIENT_NAME)).optional(),
});

/** POST /api/v1/device/token (RFC 8628 §3.4); grant_type is checked first, by itself. */
export const deviceTokenRequestSchema = z.object({
  grant_type: z.string().min(1),
  device_code: z.string().min(1).max(128),
  client_id: z.string().min(1),
});
