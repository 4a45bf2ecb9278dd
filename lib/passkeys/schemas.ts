import type { AuthenticationExtensionsClientOutputs } from "@simplewebauthn/server";
import { z } from "zod";
import { PASSKEY_NAME_MAX } from "./name-limit";
import { printable } from "@/lib/validation/text";

// Shared by the passkeys section's form and the server actions (no server-only code).

export const passkeyNameSchema = printable(
  z
    .string({ error: "Name the passkey." })
    .trim()
    .min(1, "Name the passkey.")
    .max(PASSKEY_NAME_MAX, `Use at most ${PASSKEY_NAME_MAX} characters.`),
);

export const passkeyOptionsSchema = z.object({ name: passkeyNameSchema }).strict();
export type PasskeyOptionsInput = z.input<typeof passkeyOptionsSchema>;

// A browser's answer, bounded before any parsing: real ones are a few kilobytes.
const b64url = z
  .string()
  .max(16_384)
  .regex(/^[A-Za-z0-9_-]*$/, "Not base64url.");
const transports = z
  .array(z.enum(["ble", "cable", "hybrid", "internal", "nfc", "smart-card", "usb"]))
  .max(8)
  .optional();
const credentialFields = {
  id: b64url.min(1),
  rawId: b64url.min(1),
  type: z.literal("public-key"),
  clientExtensionResults: z.custom<AuthenticationExtensionsClientOutputs>(
    (value) => typeof value === "object" && value !== null && !Array.isArray(value),
    "Not an object.",
  ),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
};

/** What @simplewebauthn/browser's startRegistration returns. */
export const registrationResponseSchema = z.object({
  ...credentialFields,
  response: z.object({
    clientDataJSON: b64url,
    attestationObject: b64url,
    transports,
  }),
});

/** What @simplewebauthn/browser's startAuthentication returns. */
export const authenticationResponseSchema = z.object({
  ...credentialFields,
  response: z.object({
    clientDataJSON: b64url,
    authenticatorData: b64url,
    signature: b64url,
    userHandle: b64url.optional(),
  }),
});

export const registerPasskeySchema = z
  .object({
    challengeId: z.uuid({ error: "Start again: this passkey prompt is not known." }),
    name: passkeyNameSchema,
    response: registrationResponseSchema,
  })
  .strict();
export type RegisterPasskeyInput = z.input<typeof registerPasskeySchema>;

export const removePasskeySchema = z.object({ passkeyId: z.uuid() }).strict();
export type RemovePasskeyInput = z.input<typeof removePasskeySchema>;

export const renamePasskeySchema = z.object({ passkeyId: z.uuid(), name: passkeyNameSchema }).strict();
export type RenamePasskeyInput = z.input<typeof renamePasskeySchema>;
