"use client";

import { useEffect, useState } from "react";
import { listPersonKeysAction } from "@/lib/actions/team";
import { runAction } from "@/components/forms/use-action-form";
import type { PersonKey } from "@/lib/team/person-keys";

export type PersonKeysState =
  { status: "loading" } | { status: "ready"; keys: PersonKey[] } | { status: "error"; message: string };

type Loaded = { key: string; state: PersonKeysState };

/**
 * The live website keys a person stands behind here (made by them, and minted from those), for
 * the remove and change-role dialogs to offer "Revoke their keys now" before the owner confirms.
 */
export function usePersonKeys(websiteId: string, userId: string): PersonKeysState {
  const key = `${websiteId}:${userId}`;
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let live = true;
    void runAction(listPersonKeysAction, { websiteId, userId }).then((result) => {
      if (!live) return;
      const state: PersonKeysState = result.ok
        ? { status: "ready", keys: result.data }
        : { status: "error", message: result.error.message };
      setLoaded({ key, state });
    });
    return () => {
      live = false;
    };
  }, [key, websiteId, userId]);

  return loaded?.key === key ? loaded.state : { status: "loading" };
}
