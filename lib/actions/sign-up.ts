"use server";

import "server-only";
import { definePublicAction } from "@/lib/actions/define-action";
import { createUser } from "@/lib/users/create-user";
import { signUpSchema } from "@/lib/users/schemas";

export const signUpAction = definePublicAction(signUpSchema, async (input) => {
  const user = await createUser(input);
  return { email: user.email };
});
