"use client";

/** How long to wait for the next page's heading after a navigation (a slow link, a skeleton). */
const WAIT_MS = 10_000;

function focusNow(path: string | undefined): boolean {
  if (path !== undefined && window.location.pathname !== path) return false;
  const heading = document.querySelector<HTMLElement>("main h1");
  if (!heading) return false;
  if (!heading.hasAttribute("tabindex")) heading.tabIndex = -1;
  heading.focus();
  return document.activeElement === heading;
}

/**
 * Moves focus to the page's heading once it is there: after a dialog whose act removed its opener
 * (a transfer, a delete) or navigated (a new website), instead of letting focus drop to <body>.
 * Runs after the closing dialog returns focus (Radix does it in a timeout), so it has the last word.
 * With `path`, waits for that page (the heading on show until then is the old page's).
 */
export function focusPageHeading(path?: string) {
  setTimeout(() => {
    if (focusNow(path)) return;
    // Deferred like the first try: a dialog unmounting in the same commit returns focus in a timeout.
    const observer = new MutationObserver(() =>
      setTimeout(() => {
        if (focusNow(path)) observer.disconnect();
      }, 0),
    );
    observer.observe(document.body, { childList: true, subtree: true });
    setTimeout(() => observer.disconnect(), WAIT_MS);
  }, 0);
}
