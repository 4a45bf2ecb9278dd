"use server";

import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { passkeyRegistrationOptions } from "@/lib/passkeys/registration-options";
import { registerPasskey } from "@/lib/passkeys/register-passkey";
import { removePasskey } from "@/lib/passkeys/remove-passkey";
import { renamePasskey } from "@/lib/passkeys/rename-passkey";
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
