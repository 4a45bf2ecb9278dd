"use server";

import "server-only";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { reminderPreferenceSchema, setReminderPreference } from "@/lib/expiry-reminders/reminder-preference";
import { revokeSession } from "@/lib/auth/sessions/revoke-session";
import { changePassword } from "@/lib/users/change-password";
import { deleteAccount } from "@/lib/users/delete-account";
import { changePasswordSchema, deleteAccountSchema, profileSchema } from "@/lib/users/schemas";
import { signOutEverywhere } from "@/lib/users/sign-out-everywhere";
import { updateProfile } from "@/lib/users/update-profile";

export const updateProfileAction = defineAction(profileSchema, ({ actor }, input) =>
  updateProfile(actor, input),
);

export const setReminderPreferenceAction = defineAction(reminderPreferenceSchema, ({ actor }, input) =>
  setReminderPreference(actor, input),
);

export const signOutEverywhereAction = defineAction(z.object({}).strict(), async ({ actor }) => {
  await signOutEverywhere(actor);
  return null;
});

export const revokeSessionAction = defineAction(
  z.object({ sessionId: z.uuid() }).strict(),
  async ({ actor }, input) => {
    await revokeSession(actor, input.sessionId);
    return null;
  },
);

/** Ends every other session; this browser stays signed in. */
export const changePasswordAction = defineAction(
  changePasswordSchema,
  ({ actor }, input) => changePassword(actor, input),
  { sudo: true },
);

export const deleteAccountAction = defineAction(
  deleteAccountSchema,
  async ({ actor }, input) => {
    await deleteAccount(actor, input);
    return null;
  },
  { sudo: true },
);
