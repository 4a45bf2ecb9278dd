"use client";

import { createModuleStore, useModuleStore } from "@/components/state/module-store";

// The acknowledgements of finished acts ("Token “CI” revoked."), shown by the one <Toaster> the
// signed-in layout mounts. A module store rather than a context: the message survives the
// navigation an act may trigger (delete, create website), and any component can call toast().

/** "failure": something the person asked for could not start (a part of the page failed to load). */
export type Toast = { id: number; message: string; tone: "success" | "failure" };

/** Long enough to read twice; each toast can also be dismissed. */
export const TOAST_MS = 8_000;

const toasts = createModuleStore<readonly Toast[]>([]);
let nextId = 1;

export function dismissToast(id: number) {
  toasts.set(toasts.get().filter((toast) => toast.id !== id));
}

/** Acknowledges a finished act (or says one could not start) in the live region; it leaves after TOAST_MS. */
export function toast(message: string, tone: Toast["tone"] = "success") {
  const id = nextId++;
  toasts.set([...toasts.get(), { id, message, tone }]);
  setTimeout(() => dismissToast(id), TOAST_MS);
}

export function useToasts(): readonly Toast[] {
  return useModuleStore(toasts);
}
