"use client";

import { useEffect, useSyncExternalStore } from "react";
import type { SwitcherWebsite } from "@/components/shell/website-switcher";

// The header's switcher lists only a person's first websites and sits in the shared layout, which
// never sees the page's website: the website's layout publishes it here so the switcher can name it.
let published: SwitcherWebsite | null = null;
const listeners = new Set<() => void>();

function publish(website: SwitcherWebsite | null) {
  published = website;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The website whose pages are open, once its layout has rendered in the browser. */
export function useActiveWebsite(): SwitcherWebsite | null {
  return useSyncExternalStore(
    subscribe,
    () => published,
    () => null,
  );
}

export function PublishActiveWebsite({ id, name, domain, role }: SwitcherWebsite) {
  useEffect(() => {
    publish({ id, name, domain, role });
    return () => publish(null);
  }, [id, name, domain, role]);
  return null;
}
