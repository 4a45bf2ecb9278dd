"use server";

import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import {
  approveDeviceAuthorization,
  denyDeviceAuthorization,
} from "@/lib/device-authorization/decide-device-authorization";
import { approveDeviceSchema, denyDeviceSchema } from "@/lib/device-authorization/schemas";

// Thin adapters for /device. Approval mints a credential, so it needs sudo mode exactly as
// creating a token in Account settings → API does; denying only refuses one.

export const approveDeviceAction = defineAction(
  approveDeviceSchema,
  ({ actor }, input) => approveDeviceAuthorization(actor, input),
  { sudo: true },
);

export const denyDeviceAction = defineAction(denyDeviceSchema, ({ actor }, input) =>
  denyDeviceAuthorization(actor, input),
);
