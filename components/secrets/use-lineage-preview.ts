"use client";

import { useEffect, useEffectEvent, useState } from "react";
import { runAction } from "@/components/forms/use-action-form";
import type { CredentialRef, LineageOutcome } from "./types";

export type LineagePreview = { status: "loading" } | LineageOutcome;

/**
 * Asks once per opening which credentials were made with `target` (transitively): what a revoke
 * would also end, and what a roll may also roll.
 */
export function useLineagePreview(
  target: CredentialRef,
  preview: (target: CredentialRef) => Promise<LineageOutcome>,
): LineagePreview {
  const [state, setState] = useState<LineagePreview>({ status: "loading" });
  // The panel may pass a new function on every render; only a new target asks again.
  const ask = useEffectEvent(() => runAction(preview, target));
  useEffect(() => {
    let live = true;
    void ask().then((outcome) => {
      if (live) setState("error" in outcome ? { ok: false, message: outcome.error.message } : outcome);
    });
    return () => {
      live = false;
    };
  }, [target.id]);
  return state;
}
