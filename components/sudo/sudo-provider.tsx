"use client";

import dynamic from "next/dynamic";
import { useCallback, useRef, useState } from "react";
import { ConfirmIdentityContext } from "@/components/forms/confirm-identity";

// Loaded when first asked for: its forms (zod, react-hook-form, passkeys) stay out of every
// signed-in page's first load.
const ReauthDialog = dynamic(() => import("./reauth-dialog").then((module) => module.ReauthDialog), {
  ssr: false,
});

/**
 * Gives every form and button of the signed-in app sudo mode's dialog: an act answering
 * REAUTH_REQUIRED opens it, and the act is retried once the person has confirmed who they are.
 */
export function SudoProvider({ children }: { children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const [asked, setAsked] = useState(false);
  // The acts waiting for the answer (two buttons pressed at once share one dialog).
  const waiting = useRef<((confirmed: boolean) => void)[]>([]);

  const confirmIdentity = useCallback(
    () =>
      new Promise<boolean>((resolve) => {
        waiting.current.push(resolve);
        setAsked(true);
        setOpen(true);
      }),
    [],
  );

  function settle(confirmed: boolean) {
    const resolvers = waiting.current;
    waiting.current = [];
    setOpen(false);
    for (const resolve of resolvers) resolve(confirmed);
  }

  return (
    <ConfirmIdentityContext value={confirmIdentity}>
      {children}
      {asked && <ReauthDialog open={open} onSettled={settle} />}
    </ConfirmIdentityContext>
  );
}
