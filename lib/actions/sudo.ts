"use server";

import "server-only";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { reauthenticate } from "@/lib/auth/sudo/reauthenticate";
import { secondFactorsOf } from "@/lib/two-factor/second-factors";
import { reauthSchema } from "@/lib/users/schemas";

/** Sudo mode: proves who is at the keyboard, so the act that asked for it can be retried. */
export const reauthenticateAction = defineAction(reauthSchema, async ({ actor }, input) => {
  await reauthenticate(actor, input);
  return null;
});

/** Which proofs the re-authentication dialog may offer besides the password. */
export const sudoMethodsAction = defineAction(z.object({}).strict(), async ({ user }) => {
  const factors = await secondFactorsOf(user.id);
  return { code: factors.totp, passkey: factors.passkeys > 0 };
});
