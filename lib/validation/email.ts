import { z } from "zod";

/**
 * The one email rule: trimmed and lower-cased, at most 254 characters. Accounts are stored
 * lower-cased (sign-up, invitations) and sign-in lower-cases what it is given, so every address
 * the app keeps compares equal to the person's account.
 */
export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address."))
  .transform((email) => email.toLowerCase());
