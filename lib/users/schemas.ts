import { z } from "zod";
import { emailSchema } from "@/lib/validation/email";
import { nameSchema } from "@/lib/validation/text";
import { CODE_NOT_VALID, EMAIL_MISSING, PASSWORD_MISSING } from "./sign-in-messages";

// Shared by the forms, the server actions and the REST routes.

export const personNameSchema = nameSchema("Enter your name.");

export const newPasswordSchema = z
  .string({ error: "Choose a password." })
  .min(10, "Use at least 10 characters.")
  .max(200, "Use at most 200 characters.");

export const signUpSchema = z.object({
  name: personNameSchema,
  email: emailSchema,
  password: newPasswordSchema,
});
export type SignUpInput = z.input<typeof signUpSchema>;

// Sign-in checks only the shape: a wrong password and a malformed one get the same answer.
// `code`: the second step, for a person with a second factor (an app's code or a recovery code).
const signInCode = z.string().trim().max(40, CODE_NOT_VALID);
export const signInSchema = z.object({
  email: z.string().trim().min(1, EMAIL_MISSING).max(254, "Email or password is incorrect."),
  password: z.string().min(1, PASSWORD_MISSING).max(200, "Email or password is incorrect."),
  code: signInCode.optional(),
  /** …or a passkey's answer, JSON `{challengeId, response}` (next-auth credentials are strings). */
  passkey: z.string().max(20_000).optional(),
});
export type SignInInput = z.input<typeof signInSchema>;

/** The email and password sign-in's second step sends again to get a passkey challenge. */
export const passwordCredentialsSchema = signInSchema.pick({ email: true, password: true }).strict();

/** The second step of signing in: what the form asks for once the password was right. */
export const signInCodeSchema = z.object({ code: signInCode.min(1, "Enter the code.") });
export type SignInCodeInput = z.input<typeof signInCodeSchema>;

export const profileSchema = z.object({ name: personNameSchema }).strict();

const currentPasswordSchema = z
  .string({ error: "Enter your current password." })
  .min(1, "Enter your current password.")
  .max(200, "Your current password is incorrect.");

export const changePasswordSchema = z
  .object({
    currentPassword: currentPasswordSchema,
    newPassword: newPasswordSchema,
    /** Also revoke every account token (`dft_`): for a password that may have leaked. */
    revokeTokens: z.boolean().default(false),
  })
  .strict();
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

export const deleteAccountSchema = z
  .object({
    confirmEmail: z
      .string({ error: "Type your email to confirm." })
      .trim()
      .toLowerCase()
      .max(254, "That email is too long."),
    password: currentPasswordSchema,
  })
  .strict();
export type DeleteAccountInput = z.input<typeof deleteAccountSchema>;

export const forgotPasswordSchema = z.object({ email: emailSchema }).strict();
export type ForgotPasswordInput = z.input<typeof forgotPasswordSchema>;

export const resetPasswordSchema = z
  .object({
    token: z.string({ error: "This reset link is not valid." }).max(64, "This reset link is not valid."),
    password: newPasswordSchema,
  })
  .strict();
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;

/**
 * Sudo mode's re-authentication (lib/auth/sudo): the password, or a code from the authenticator
 * app (or a recovery code) for a person who has one, asked again before a sensitive act (the
 * dialog's form; a passkey's answer comes from its own button).
 */
export const reauthFormSchema = z.discriminatedUnion("method", [
  z
    .object({
      method: z.literal("password"),
      password: z.string().min(1, "Enter your password.").max(200, "Your current password is incorrect."),
    })
    .strict(),
  z
    .object({
      method: z.literal("code"),
      code: z
        .string()
        .trim()
        .min(1, "Enter the code from your app or a recovery code.")
        .max(20, "That code is not valid."),
    })
    .strict(),
]);
export type ReauthFormInput = z.output<typeof reauthFormSchema>;

/** …or one of the person's passkeys: its answer to a challenge issued for this session's person. */
const reauthPasskeySchema = z
  .object({ method: z.literal("passkey"), challengeId: z.string().max(64), response: z.unknown() })
  .strict();

export const reauthSchema = z.discriminatedUnion("method", [
  ...reauthFormSchema.options,
  reauthPasskeySchema,
]);
export type ReauthInput = z.output<typeof reauthSchema>;
