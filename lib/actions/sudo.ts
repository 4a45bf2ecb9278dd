"use server";

import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { reauthenticate } from "@/lib/auth/sudo/reauthenticate";
import { reauthSchema } from "@/lib/users/schemas";

/** Sudo mode: proves who is at the keyboard, so the act that asked for it can be retried. */
export const reauthenticateAction = defineAction(reauthSchema, async ({ actor }, input) => {
  await reauthenticate(actor, input);
  return null;
});
