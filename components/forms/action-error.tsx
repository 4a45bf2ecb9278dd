"use client";

import { RotateCcw } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { ActionFailure } from "./use-action-form";

type ActionErrorProps = {
  failure: ActionFailure | undefined;
  /** Runs the failed call again with the same input; offered when a second try may work. */
  onRetry?: () => void;
  /** Said before the message, e.g. "“CI deploy” was not revoked." */
  lead?: string;
};

/**
 * Why an action did not happen, in red and announced (role="alert"), with Retry when the request
 * or the server failed rather than the input. The one look for every action's failure.
 */
export function ActionError({ failure, onRetry, lead }: ActionErrorProps) {
  if (!failure) return null;
  return (
    <div role="alert" className="flex flex-wrap items-center gap-x-3 gap-y-1.5">
      <p className="text-sm font-medium text-destructive">
        {lead && `${lead} `}
        {failure.message}
      </p>
      {onRetry && failure.retryable && (
        <Button type="button" size="sm" variant="outline" onClick={onRetry}>
          <RotateCcw aria-hidden="true" />
          Retry
        </Button>
      )}
    </div>
  );
}
