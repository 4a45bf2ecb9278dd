"use client";

import { useCallback, useRef, useState } from "react";

// Code a page needs only once a person opens something (a dialog's form, its zod schemas and
// react-hook-form), fetched then rather than with the page. A plain import() on demand, not
// next/dynamic, which preloads its chunk with the page.

export type OnDemand<T> =
  { state: "idle" | "loading" | "failed"; value: null } | { state: "ready"; value: T };

/**
 * `load` runs on the first `start()` (e.g. on hover or focus of the button that opens the
 * dialog, and again on open); a failed load is tried again by the next `start()`.
 */
export function useOnDemand<T>(load: () => Promise<T>): OnDemand<T> & { start: () => void } {
  const [loaded, setLoaded] = useState<OnDemand<T>>({ state: "idle", value: null });
  const inFlight = useRef(false);
  const start = useCallback(() => {
    if (inFlight.current || loaded.state === "ready") return;
    inFlight.current = true;
    setLoaded({ state: "loading", value: null });
    load()
      .then(
        (value) => setLoaded({ state: "ready", value }),
        () => setLoaded({ state: "failed", value: null }),
      )
      .finally(() => {
        inFlight.current = false;
      });
  }, [load, loaded.state]);
  return { ...loaded, start };
}
