"use client";

import { useLinkStatus } from "next/link";
import { useEffect } from "react";
import { cn } from "@/lib/utils/cn";
import { startPendingNavigation } from "./pending-navigation";

/**
 * Put inside a <Link>: while its navigation waits for the server (every signed-in page renders per
 * request, so nothing is prefetched), it underlines the link in the primary colour and reports the
 * page to <NavigationProgress>, which shows the top bar and tells screen readers. The link's
 * parent must be `relative`. Shown after a short delay, so quick navigations don't flash.
 * `className` places the bar: along the link's bottom edge unless given.
 */
export function LinkPendingHint({
  label,
  className = "inset-x-0 bottom-0",
}: {
  label: string;
  className?: string;
}) {
  const { pending } = useLinkStatus();
  useEffect(() => (pending ? startPendingNavigation(label) : undefined), [pending, label]);
  return (
    <span
      aria-hidden="true"
      data-pending={pending || undefined}
      className={cn(
        "pointer-events-none absolute h-0.5 bg-primary opacity-0",
        "data-pending:opacity-100 motion-safe:data-pending:animate-pending-hint",
        className,
      )}
    />
  );
}
