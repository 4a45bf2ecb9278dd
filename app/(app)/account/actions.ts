"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { profileSchema } from "@/lib/users/schemas";
import { signOutEverywhere } from "@/lib/users/sign-out-everywhere";
import { updateProfile } from "@/lib/users/update-profile";

export const updateProfileAction = defineAction(profileSchema, ({ actor }, input) => updateProfile(actor, input));

export const signOutEverywhereAction = defineAction(z.object({}).strict(), async ({ actor }) => {
  await signOutEverywhere(actor);
  return null;
});
