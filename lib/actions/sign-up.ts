"use server";

import "server-only";
import { definePublicAction } from "@/lib/actions/define-action";
import { accountLinks } from "@/lib/users/account-links";
import { signUpSchema } from "@/lib/users/schemas";
import { signUp } from "@/lib/users/sign-up";

/** The same answer for a new and a taken email: the form then signs in, which only the account's owner can. */
export const signUpAction = definePublicAction(signUpSchema, async (input, { request }) => {
  const { email } = await signUp(input, request, accountLinks());
  return { email };
});
