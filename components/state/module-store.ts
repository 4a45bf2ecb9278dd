import { useSyncExternalStore } from "react";

// A value shared by client islands that live under server layouts, where no React context spans
// them all (the toasts, the pending navigation, the open website).

export type ModuleStore<T> = {
  readonly initial: T;
  get: () => T;
  set: (next: T) => void;
  subscribe: (listener: () => void) => () => void;
};

export function createModuleStore<T>(initial: T): ModuleStore<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    initial,
    get: () => value,
    set(next) {
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The store's value, re-rendering on each change; the initial value on the server and while hydrating. */
export function useModuleStore<T>(store: ModuleStore<T>): T {
  return useSyncExternalStore(store.subscribe, store.get, () => store.initial);
}
