"use server";

import "server-only";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { confirmTotp } from "@/lib/two-factor/confirm-totp";
import { disableTotp } from "@/lib/two-factor/disable-totp";
import { regenerateRecoveryCodes } from "@/lib/two-factor/regenerate-recovery-codes";
import { confirmTotpSchema } from "@/lib/two-factor/schemas";
import { startTotpEnrolment } from "@/lib/two-factor/start-totp-enrolment";

// Each act changes what protects the account: each needs a recent sign-in (sudo mode).

const noInput = z.object({}).strict();

export const startTotpEnrolmentAction = defineAction(noInput, ({ actor }) => startTotpEnrolment(actor), {
  sudo: true,
});

/** Returns the new recovery codes, which are shown this once. */
export const confirmTotpAction = defineAction(
  confirmTotpSchema,
  ({ actor }, input) => confirmTotp(actor, input),
  {
    sudo: true,
  },
);

export const disableTotpAction = defineAction(noInput, ({ actor }) => disableTotp(actor), { sudo: true });

/** Returns the new recovery codes, which are shown this once. */
export const regenerateRecoveryCodesAction = defineAction(
  noInput,
  ({ actor }) => regenerateRecoveryCodes(actor),
  { sudo: true },
);
