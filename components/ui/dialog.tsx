"use client";

import { X } from "lucide-react";
import type { Dialog as DialogPrimitive } from "radix-ui";

import { cn } from "@/lib/utils/cn";
import { deferredRoot } from "./deferred-root";

/** Dialog and AlertDialog share one root: Radix's dialogs load together when either first opens. */
export const dialogRoot = deferredRoot(
  () => import("./dialog-machinery").then((module) => module.machinery),
  "This dialog could not load. Check your connection and try again.",
);

// Here only Radix's types: its code comes with dialogRoot.
export const Dialog = dialogRoot.Root;
export const DialogTrigger = dialogRoot.Trigger;

export function DialogClose(props: React.ComponentProps<typeof DialogPrimitive.Close>) {
  const { dialog } = dialogRoot.useParts();
  return <dialog.Close {...props} />;
}

/** Shared with AlertDialog so both overlays look and move alike. */
export const overlayClasses = cn(
  "fixed inset-0 z-50 bg-black/50",
  "motion-safe:data-[state=closed]:animate-fade-out motion-safe:data-[state=open]:animate-fade-in",
);

/**
 * Phones: a full-width bottom sheet. sm+: centred with inset-0 + m-auto + h-fit (no transform, so
 * the entry animation can't fight the centring). Both scroll when taller than the viewport.
 */
export const contentClasses = cn(
  "fixed inset-x-0 bottom-0 z-50 grid max-h-[90dvh] w-full gap-4 overflow-y-auto",
  "rounded-t-xl border bg-popover p-6 pb-[max(1.5rem,env(safe-area-inset-bottom))] text-popover-foreground shadow-lg outline-none",
  "sm:inset-0 sm:m-auto sm:h-fit sm:max-h-[calc(100dvh-4rem)] sm:rounded-xl sm:pb-6",
  "motion-safe:data-[state=open]:animate-slide-up sm:motion-safe:data-[state=open]:animate-scale-in",
  "motion-safe:data-[state=closed]:animate-fade-out",
);

/** A dialog's width from `sm` up (phones always get the full-width sheet). */
export const dialogWidths = { lg: "sm:max-w-lg", xl: "sm:max-w-xl", "2xl": "sm:max-w-2xl" } as const;
export type DialogWidth = keyof typeof dialogWidths;

type DialogContentProps = React.ComponentProps<typeof DialogPrimitive.Content> & {
  showCloseButton?: boolean;
  width?: DialogWidth;
};

/**
 * All Radix Content props pass through: e.g. a one-time secret reveal passes
 * `onInteractOutside={(e) => e.preventDefault()}` so only an explicit button closes it.
 * Without a DialogDescription, pass `aria-describedby={undefined}`.
 */
export function DialogContent({
  className,
  children,
  showCloseButton = true,
  width = "lg",
  onCloseAutoFocus,
  ...props
}: DialogContentProps) {
  const { parts, root, returnFocus } = dialogRoot.useContent(onCloseAutoFocus);
  if (!parts) return null;
  const { dialog } = parts;
  return (
    <dialog.Root {...root}>
      <dialog.Portal>
        <dialog.Overlay className={overlayClasses} />
        <dialog.Content
          className={cn(contentClasses, dialogWidths[width], className)}
          onCloseAutoFocus={returnFocus}
          {...props}
        >
          {children}
          {showCloseButton && (
            <dialog.Close className="absolute top-4 right-4 rounded-sm p-1 text-muted-foreground transition-colors hover:bg-accent hover:text-foreground">
              <X aria-hidden="true" className="size-4" />
              <span className="sr-only">Close</span>
            </dialog.Close>
          )}
        </dialog.Content>
      </dialog.Portal>
    </dialog.Root>
  );
}

/** `besideClose`: right padding keeps long titles clear of the close button; false when there is none. */
export function DialogHeader({
  className,
  besideClose = true,
  ...props
}: React.ComponentProps<"div"> & { besideClose?: boolean }) {
  return <div className={cn("flex flex-col gap-1.5", besideClose && "pr-8", className)} {...props} />;
}

/** Phones: stacked, primary action on top; sm+: a right-aligned row. */
export function DialogFooter({ className, ...props }: React.ComponentProps<"div">) {
  return (
    <div className={cn("flex flex-col-reverse gap-2 sm:flex-row sm:justify-end", className)} {...props} />
  );
}

export function DialogTitle({ className, ...props }: React.ComponentProps<typeof DialogPrimitive.Title>) {
  const { dialog } = dialogRoot.useParts();
  return <dialog.Title className={cn("text-lg leading-tight font-semibold", className)} {...props} />;
}

export function DialogDescription({
  className,
  ...props
}: React.ComponentProps<typeof DialogPrimitive.Description>) {
  const { dialog } = dialogRoot.useParts();
  return <dialog.Description className={cn("text-sm text-muted-foreground", className)} {...props} />;
}
