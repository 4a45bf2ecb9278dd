"use client";

import { createModuleStore, useModuleStore } from "@/components/state/module-store";

// Which link's navigation is waiting for the server, shown by the one <NavigationProgress> the
// signed-in layout mounts. A module store rather than a context, like the toasts: the links that
// report it live in several client islands (tabs, website cards) under server layouts.

type Pending = { id: number; label: string };

const pending = createModuleStore<Pending | null>(null);
let nextId = 1;

/**
 * Marks a navigation to `label` as pending; the returned function ends it. Ending a navigation
 * that a later click already replaced leaves the later one shown.
 */
export function startPendingNavigation(label: string): () => void {
  const started = { id: nextId++, label };
  pending.set(started);
  return () => {
    if (pending.get()?.id === started.id) pending.set(null);
  };
}

/** The label of the page being loaded, or null when no navigation is pending. */
export function usePendingNavigation(): string | null {
  return useModuleStore(pending)?.label ?? null;
}
