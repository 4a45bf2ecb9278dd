"use client";

import { useSyncExternalStore } from "react";

// Which link's navigation is waiting for the server, shown by the one <NavigationProgress> the
// signed-in layout mounts. A module store rather than a context, like the toasts: the links that
// report it live in several client islands (tabs, website cards) under server layouts.

type Pending = { id: number; label: string };

let current: Pending | null = null;
let nextId = 1;
const listeners = new Set<() => void>();

function publish(next: Pending | null) {
  current = next;
  for (const listener of listeners) listener();
}

/**
 * Marks a navigation to `label` as pending; the returned function ends it. Ending a navigation
 * that a later click already replaced leaves the later one shown.
 */
export function startPendingNavigation(label: string): () => void {
  const pending = { id: nextId++, label };
  publish(pending);
  return () => {
    if (current?.id === pending.id) publish(null);
  };
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The label of the page being loaded, or null when no navigation is pending. */
export function usePendingNavigation(): string | null {
  return useSyncExternalStore(
    subscribe,
    () => current?.label ?? null,
    () => null,
  );
}
