"use client";

import { useEffect, useState } from "react";
import { previewRoleChangeAction } from "@/lib/actions/team";
import { runAction } from "@/components/forms/use-action-form";
import type { AssignableRole, TokenImpact } from "@/lib/access";

export type ImpactState =
  { status: "loading" } | { status: "ready"; impact: TokenImpact[] } | { status: "error"; message: string };

type Loaded = { key: string; state: ImpactState };

/**
 * Asks the server (lib/access's roleChangeImpact over the person's current tokens) what a role
 * change (`to`: a role) or a removal (`to`: null) would cost, before the owner confirms.
 * `to` undefined: nothing to preview yet.
 */
export function useImpactPreview(
  websiteId: string,
  userId: string,
  to: AssignableRole | null | undefined,
): ImpactState {
  const key = `${websiteId}:${userId}:${to}`;
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    if (to === undefined) return;
    let live = true;
    void runAction(previewRoleChangeAction, { websiteId, userId, to }).then((result) => {
      if (!live) return;
      const state: ImpactState = result.ok
        ? { status: "ready", impact: result.data }
        : { status: "error", message: result.error.message };
      setLoaded({ key, state });
    });
    return () => {
      live = false;
    };
  }, [key, websiteId, userId, to]);

  // A previous answer for another choice is never shown as this one's.
  return loaded?.key === key ? loaded.state : { status: "loading" };
}
