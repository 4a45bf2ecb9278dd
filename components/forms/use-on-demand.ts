"use client";

import { useEffect, useState } from "react";

// Code a page needs only once a person opens something (a dialog's form, its zod schemas and
// react-hook-form), fetched then rather than with the page. A plain import() on demand, not
// next/dynamic, which preloads its chunk with the page.

/** What a form says when its code could not be fetched. */
export const NOT_LOADED_MESSAGE = "This form could not load. Check your connection and try again.";

export type OnDemandCode<T> = {
  /** The code once loaded. */
  get: () => T | undefined;
  /** Loads it once; callers at the same time share the request, and a failed load is tried anew. */
  load: () => Promise<T>;
  /** load() on a hint of intent (a hover, a focus): a failure shows when the code is wanted. */
  preload: () => void;
};

export function onDemand<T>(importer: () => Promise<T>): OnDemandCode<T> {
  let value: T | undefined;
  let pending: Promise<T> | null = null;
  const load = () => {
    if (value !== undefined) return Promise.resolve(value);
    pending ??= importer().then(
      (loaded) => (value = loaded),
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  };
  return { get: () => value, load, preload: () => void load().catch(() => undefined) };
}

type Loaded<T> = { state: "ready"; value: T } | { state: "loading" | "failed"; value: null };

/** The code, loaded from the component's mount on; `retry()` tries a failed load again. */
export function useOnDemand<T>(code: OnDemandCode<T>): Loaded<T> & { retry: () => void } {
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [value, setValue] = useState(code.get);
  useEffect(() => {
    if (value !== undefined) return;
    let mounted = true;
    code.load().then(
      (loaded) => mounted && setValue(() => loaded),
      () => mounted && setFailed(true),
    );
    return () => {
      mounted = false;
    };
  }, [code, value, attempt]);
  const retry = () => {
    setFailed(false);
    setAttempt((n) => n + 1);
  };
  if (value !== undefined) return { state: "ready", value, retry };
  return { state: failed ? "failed" : "loading", value: null, retry };
}
