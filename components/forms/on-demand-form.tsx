"use client";

import { Skeleton } from "@/components/ui/skeleton";
import { ActionError } from "./action-error";
import { useOnDemand, type OnDemandCode } from "./use-on-demand";

export const NOT_LOADED_MESSAGE = "This form could not load. Check your connection and try again.";

type OnDemandFormProps<P extends object> = {
  /** The form component's code, e.g. onDemand(() => import("./x-form").then((m) => m.XForm)). */
  code: OnDemandCode<React.ComponentType<P>>;
  props: P;
};

/**
 * A dialog's form fetched when the dialog opens (its content mounts): a placeholder until it is
 * there, or why it did not load with Retry.
 */
export function OnDemandForm<P extends object>({ code, props }: OnDemandFormProps<P>) {
  const loaded = useOnDemand(code);
  if (loaded.state === "ready") return <loaded.value {...props} />;
  if (loaded.state === "failed")
    return <ActionError failure={{ message: NOT_LOADED_MESSAGE, retryable: true }} onRetry={loaded.retry} />;
  return (
    <div role="status" aria-busy="true" className="grid gap-4">
      <span className="sr-only">Loading the form…</span>
      <Skeleton className="h-16" />
      <Skeleton className="h-9 w-32 justify-self-end" />
    </div>
  );
}
