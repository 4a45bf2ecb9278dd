"use client";

import { usePendingNavigation } from "./pending-navigation";

/**
 * The feedback of a pending navigation, mounted once by the signed-in layout: a bar along the top
 * of the window, and a polite live region (always in the page, so each change is announced) that
 * says which page is loading. The old page stays up meanwhile: no loading.tsx above the website
 * layout, whose notFound() must answer 404 before anything streams, and the new page's #hash
 * targets exist when the navigation lands.
 */
export function NavigationProgress() {
  const pending = usePendingNavigation();
  return (
    <>
      <div
        aria-hidden="true"
        data-pending={pending !== null || undefined}
        className="pointer-events-none fixed inset-x-0 top-0 z-50 hidden h-1 overflow-hidden data-pending:block"
      >
        <div className="h-full w-2/5 bg-primary motion-safe:animate-pending-bar motion-reduce:w-full" />
      </div>
      <div role="status" aria-live="polite" className="sr-only">
        {pending !== null ? `Loading ${pending}…` : ""}
      </div>
    </>
  );
}
