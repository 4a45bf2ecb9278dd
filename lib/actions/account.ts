"use server";

import "server-only";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { changePassword } from "@/lib/users/change-password";
import { deleteAccount } from "@/lib/users/delete-account";
import { changePasswordSchema, deleteAccountSchema, profileSchema } from "@/lib/users/schemas";
import { signOutEverywhere } from "@/lib/users/sign-out-everywhere";
import { updateProfile } from "@/lib/users/update-profile";

export const updateProfileAction = defineAction(profileSchema, ({ actor }, input) =>
  updateProfile(actor, input),
);

export const signOutEverywhereAction = defineAction(z.object({}).strict(), async ({ actor }) => {
  await signOutEverywhere(actor);
  return null;
});

/** Signs out every session, this one included: the form signs this browser in again with the new password. */
export const changePasswordAction = defineAction(changePasswordSchema, ({ actor }, input) =>
  changePassword(actor, input),
);

export const deleteAccountAction = defineAction(deleteAccountSchema, async ({ actor }, input) => {
  await deleteAccount(actor, input);
  return null;
});
