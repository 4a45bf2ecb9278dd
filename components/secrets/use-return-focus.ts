"use client";

import { useRef } from "react";

/**
 * Dialogs opened from a row button (not a Radix Trigger) don't know where focus came from.
 * `remember(el)` when opening; pass `onCloseAutoFocus` to the dialog content. Focus goes back to
 * that element, or to `fallback` when it has left the page (a revoked row).
 */
export function useReturnFocus(fallback?: React.RefObject<HTMLElement | null>) {
  const opener = useRef<HTMLElement | null>(null);

  function remember(element: Element | null) {
    opener.current = element instanceof HTMLElement ? element : null;
  }

  function onCloseAutoFocus(event: Event) {
    const target = opener.current?.isConnected ? opener.current : fallback?.current;
    if (!target) return;
    event.preventDefault();
    target.focus();
  }

  return { remember, onCloseAutoFocus };
}
