import { z } from "zod";
import { CODE_NOT_VALID } from "@/lib/users/sign-in-messages";

// Shared by the security forms and their server actions.

/** The first code from a newly added authenticator app. */
export const confirmTotpSchema = z
  .object({
    code: z
      .string({ error: "Enter the 6-digit code from your app." })
      .trim()
      .min(1, "Enter the 6-digit code from your app.")
      .max(20, CODE_NOT_VALID),
  })
  .strict();
export type ConfirmTotpInput = z.input<typeof confirmTotpSchema>;
