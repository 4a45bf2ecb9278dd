"use client";

import { useEffect, useRef } from "react";
import { Skeleton } from "@/components/ui/skeleton";
import { ActionError } from "./action-error";
import { useOnDemand, type OnDemandCode } from "./use-on-demand";

const FIELD =
  'input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [tabindex]:not([tabindex="-1"])';

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
  const box = useRef<HTMLDivElement>(null);
  const arrivedLate = useRef(loaded.state !== "ready");
  useEffect(() => {
    if (loaded.state !== "ready" || !arrivedLate.current) return;
    arrivedLate.current = false;
    // The dialog opened before its form was there and focused what it had (its close button):
    // the form's first field takes the focus it would have had, unless the person moved it.
    const dialog = box.current?.closest('[role="dialog"], [role="alertdialog"]');
    const active = document.activeElement;
    if (active && active !== document.body && !dialog?.contains(active)) return;
    if (active?.closest("[data-on-demand-form]")) return;
    box.current?.querySelector<HTMLElement>(FIELD)?.focus();
  }, [loaded.state]);

  if (loaded.state === "failed")
    return <ActionError failure={{ message: loaded.message, retryable: true }} onRetry={loaded.retry} />;
  if (loaded.state !== "ready")
    return (
      <div role="status" aria-busy="true" className="grid gap-4">
        <span className="sr-only">Loading the form…</span>
        <Skeleton className="h-16" />
        <Skeleton className="h-9 w-32 justify-self-end" />
      </div>
    );
  return (
    // No box of its own: the form lays out as the dialog's child, as it did before it was lazy.
    <div ref={box} className="contents" data-on-demand-form="">
      <loaded.value {...props} />
    </div>
  );
}
