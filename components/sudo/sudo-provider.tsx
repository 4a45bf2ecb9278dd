"use client";

import { useCallback, useRef, useState } from "react";
import { toast } from "@/components/feedback/toast";
import { ConfirmIdentityContext } from "@/components/forms/confirm-identity";
import type { ReauthDialog as ReauthDialogType } from "./reauth-dialog";

// Imported when first asked for, not through next/dynamic, which preloads its chunk with the
// page: the dialog's forms (zod, react-hook-form, passkeys) stay out of every signed-in page's
// first load.
const loadDialog = () => import("./reauth-dialog").then((module) => module.ReauthDialog);

/**
 * Gives every form and button of the signed-in app sudo mode's dialog: an act answering
 * REAUTH_REQUIRED opens it, and the act is retried once the person has confirmed who they are.
 */
export function SudoProvider({ children }: { children: React.ReactNode }) {
  const [ReauthDialog, setReauthDialog] = useState<typeof ReauthDialogType | null>(null);
  const [open, setOpen] = useState(false);
  // The acts waiting for the answer (two buttons pressed at once share one dialog).
  const waiting = useRef<((confirmed: boolean) => void)[]>([]);

  const settle = useCallback((confirmed: boolean) => {
    const resolvers = waiting.current;
    waiting.current = [];
    setOpen(false);
    for (const resolve of resolvers) resolve(confirmed);
  }, []);

  const confirmIdentity = useCallback(
    () =>
      new Promise<boolean>((resolve) => {
        waiting.current.push(resolve);
        loadDialog().then(
          (loaded) => {
            setReauthDialog(() => loaded);
            setOpen(true);
          },
          () => {
            toast("The sign-in check could not load. Check your connection and try again.", "failure");
            settle(false);
          },
        );
      }),
    [settle],
  );

  return (
    <ConfirmIdentityContext value={confirmIdentity}>
      {children}
      {ReauthDialog && <ReauthDialog open={open} onSettled={settle} />}
    </ConfirmIdentityContext>
  );
}
