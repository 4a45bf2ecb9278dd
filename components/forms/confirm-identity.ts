"use client";

import { createContext, useContext } from "react";

/**
 * Sudo mode's hook into the form bridge: asks the person to prove who they are (a dialog) and
 * settles true once they have, false when they cancel. Outside the signed-in app there is no one
 * to ask: the act's REAUTH_REQUIRED message shows as its error.
 */
export type ConfirmIdentity = () => Promise<boolean>;

export const ConfirmIdentityContext = createContext<ConfirmIdentity>(() => Promise.resolve(false));

export function useConfirmIdentity(): ConfirmIdentity {
  return useContext(ConfirmIdentityContext);
}
