"use server";

import "server-only";
import { z } from "zod";
import { defineAction, definePublicAction } from "@/lib/actions/define-action";
import { accountLinks } from "@/lib/users/account-links";
import { requestPasswordReset } from "@/lib/users/request-password-reset";
import { resendVerification } from "@/lib/users/resend-verification";
import { resetPassword } from "@/lib/users/reset-password";
import { forgotPasswordSchema, resetPasswordSchema } from "@/lib/users/schemas";
import { verifyEmail } from "@/lib/users/verify-email";

// Links are credentials: tokens are parsed, digested and looked up by the domain, and never go
// into a log line, an error message or a redirect.

const tokenInput = z.object({ token: z.string().max(64) }).strict();

export const resendVerificationAction = defineAction(z.object({}).strict(), async ({ actor }) => {
  const { email, delivery } = await resendVerification(actor, accountLinks());
  return { email, delivery };
});

export const verifyEmailAction = definePublicAction(tokenInput, ({ token }, { request }) =>
  verifyEmail(token, request),
);

export const requestPasswordResetAction = definePublicAction(
  forgotPasswordSchema,
  async (input, { request }) => {
    const { email } = await requestPasswordReset(input, request, accountLinks());
    return { email };
  },
);

export const resetPasswordAction = definePublicAction(resetPasswordSchema, (input, { request }) =>
  resetPassword(input, request),
);
