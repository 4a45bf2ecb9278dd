"use client";

import { useEffect } from "react";
import type { SwitcherWebsite } from "@/components/shell/website-switcher";
import { createModuleStore, useModuleStore } from "@/components/state/module-store";

// The header's switcher lists only a person's first websites and sits in the shared layout, which
// never sees the page's website: the website's layout publishes it here so the switcher can name it.
const active = createModuleStore<SwitcherWebsite | null>(null);

/** The website whose pages are open, once its layout has rendered in the browser. */
export function useActiveWebsite(): SwitcherWebsite | null {
  return useModuleStore(active);
}

export function PublishActiveWebsite({ id, name, domain, role }: SwitcherWebsite) {
  useEffect(() => {
    active.set({ id, name, domain, role });
    return () => active.set(null);
  }, [id, name, domain, role]);
  return null;
}
