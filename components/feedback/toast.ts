"use client";

import { useSyncExternalStore } from "react";

// The acknowledgements of finished acts ("Token “CI” revoked."), shown by the one <Toaster> the
// signed-in layout mounts. A module store rather than a context: the message survives the
// navigation an act may trigger (delete, create website), and any component can call toast().

export type Toast = { id: number; message: string };

/** Long enough to read twice; each toast can also be dismissed. */
export const TOAST_MS = 8_000;

let toasts: readonly Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const NONE: readonly Toast[] = [];

function publish(next: readonly Toast[]) {
  toasts = next;
  for (const listener of listeners) listener();
}

export function dismissToast(id: number) {
  publish(toasts.filter((toast) => toast.id !== id));
}

/** Acknowledges a finished act in the live region; it leaves after TOAST_MS. */
export function toast(message: string) {
  const id = nextId++;
  publish([...toasts, { id, message }]);
  setTimeout(() => dismissToast(id), TOAST_MS);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useToasts(): readonly Toast[] {
  return useSyncExternalStore(
    subscribe,
    () => toasts,
    () => NONE,
  );
}
