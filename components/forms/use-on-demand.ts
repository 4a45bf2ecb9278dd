"use client";

import { useEffect, useState } from "react";

// Code a page needs only once a person opens something (a dialog's form, its zod schemas and
// react-hook-form), fetched then rather than with the page. A plain import() on demand, not
// next/dynamic, which preloads its chunk with the page.

/** What a form says when its code could not be fetched. */
export const NOT_LOADED_MESSAGE = "This form could not load. Check your connection and try again.";

/** A load the server answered with a reason (e.g. "Token not found."): shown instead of NOT_LOADED_MESSAGE. */
export class LoadRefused extends Error {}

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

type Loaded<T> =
  | { state: "ready"; value: T }
  | { state: "loading"; value: null }
  | { state: "failed"; value: null; message: string };

/** The code, loaded from the component's mount on; `retry()` tries a failed load again. */
export function useOnDemand<T>(code: OnDemandCode<T>): Loaded<T> & { retry: () => void } {
  const [failed, setFailed] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [value, setValue] = useState(code.get);
  useEffect(() => {
    if (value !== undefined) return;
    let mounted = true;
    code.load().then(
      (loaded) => mounted && setValue(() => loaded),
      (error: unknown) =>
        mounted && setFailed(error instanceof LoadRefused ? error.message : NOT_LOADED_MESSAGE),
    );
    return () => {
      mounted = false;
    };
  }, [code, value, attempt]);
  const retry = () => {
    setFailed(null);
    setAttempt((n) => n + 1);
  };
  if (value !== undefined) return { state: "ready", value, retry };
  if (failed !== null) return { state: "failed", value: null, message: failed, retry };
  return { state: "loading", value: null, retry };
}
