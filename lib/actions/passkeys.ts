"use server";

import "server-only";
import { z } from "zod";
import { defineAction, definePublicAction } from "@/lib/actions/define-action";
import { sessionPasskeyChallenge } from "@/lib/passkeys/authentication-options";
import { passkeyRegistrationOptions } from "@/lib/passkeys/registration-options";
import { registerPasskey } from "@/lib/passkeys/register-passkey";
import { removePasskey } from "@/lib/passkeys/remove-passkey";
import { renamePasskey } from "@/lib/passkeys/rename-passkey";
import { passkeySignInChallenge } from "@/lib/passkeys/sign-in-challenge";
import { passwordCredentialsSchema } from "@/lib/users/schemas";
import {
  passkeyOptionsSchema,
  registerPasskeySchema,
  removePasskeySchema,
  renamePasskeySchema,
} from "@/lib/passkeys/schemas";

// Adding or removing a second factor is a sensitive act: both need sudo. Asking for the options
// does too, so a stale session learns it must re-authenticate before the browser prompt.

export const passkeyRegistrationOptionsAction = defineAction(
  passkeyOptionsSchema,
  ({ actor }, input) => passkeyRegistrationOptions(actor, input),
  { sudo: true },
);

export const registerPasskeyAction = defineAction(
  registerPasskeySchema,
  ({ actor }, input) => registerPasskey(actor, input),
  { sudo: true },
);

export const removePasskeyAction = defineAction(
  removePasskeySchema,
  async ({ actor }, input) => {
    await removePasskey(actor, input);
    return null;
  },
  { sudo: true },
);

/** Only the label changes, not what proves who the person is: no sudo. */
export const renamePasskeyAction = defineAction(renamePasskeySchema, ({ actor }, input) =>
  renamePasskey(actor, input),
);

/** A challenge for sudo mode's "Use a passkey" (not itself sudo: it is how sudo is reached). */
export const sudoPasskeyChallengeAction = defineAction(z.object({}).strict(), ({ actor }) =>
  sessionPasskeyChallenge(actor),
);

/** Sign-in's second step: the email and password again (throttled), then a passkey challenge. */
export const passkeySignInChallengeAction = definePublicAction(
  passwordCredentialsSchema,
  (input, { request }) => passkeySignInChallenge(input, request),
);
