"use client";

import { Skeleton } from "@/components/ui/skeleton";
import { ActionError } from "./action-error";

export const NOT_LOADED_MESSAGE = "This form could not load. Check your connection and try again.";

/** What a dialog shows until its form has loaded: a placeholder, or why it did not load with Retry. */
export function OnDemandFallback({
  state,
  retry,
}: {
  state: "idle" | "loading" | "failed";
  retry: () => void;
}) {
  if (state === "failed")
    return <ActionError failure={{ message: NOT_LOADED_MESSAGE, retryable: true }} onRetry={retry} />;
  return (
    <div role="status" aria-busy="true" className="grid gap-4">
      <span className="sr-only">Loading the form…</span>
      <Skeleton className="h-16" />
      <Skeleton className="h-16" />
      <Skeleton className="h-9 w-32 justify-self-end" />
    </div>
  );
}
