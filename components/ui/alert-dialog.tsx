"use client";

import type { AlertDialog as AlertDialogPrimitive } from "radix-ui";

import { cn } from "@/lib/utils/cn";
import { buttonVariants, type ButtonVariant } from "@/components/ui/button";
import {
  contentClasses,
  dialogRoot,
  dialogWidths,
  overlayClasses,
  type DialogWidth,
} from "@/components/ui/dialog";

/**
 * A confirmation that must be answered: no outside-click dismissal, focus starts on Cancel,
 * Escape cancels. Use for revoke / remove / roll.
 */
export const AlertDialog = dialogRoot.Root;
export const AlertDialogTrigger = dialogRoot.Trigger;

export function AlertDialogContent({
  className,
  width = "lg",
  onCloseAutoFocus,
  ...props
}: React.ComponentProps<typeof AlertDialogPrimitive.Content> & { width?: DialogWidth }) {
  const { parts, root, returnFocus } = dialogRoot.useContent(onCloseAutoFocus);
  if (!parts) return null;
  const { alert } = parts;
  return (
    <alert.Root {...root}>
      <alert.Portal>
        <alert.Overlay className={overlayClasses} />
        <alert.Content
          className={cn(contentClasses, dialogWidths[width], className)}
          onCloseAutoFocus={returnFocus}
          {...props}
        />
      </alert.Portal>
    </alert.Root>
  );
}

export function AlertDialogHeader({ className, ...props }: React.ComponentProps<"div">) {
  return <div className={cn("flex flex-col gap-1.5", className)} {...props} />;
}

export function AlertDialogFooter({ className, ...props }: React.ComponentProps<"div">) {
  return (
    <div className={cn("flex flex-col-reverse gap-2 sm:flex-row sm:justify-end", className)} {...props} />
  );
}

export function AlertDialogTitle({
  className,
  ...props
}: React.ComponentProps<typeof AlertDialogPrimitive.Title>) {
  const { alert } = dialogRoot.useParts();
  return <alert.Title className={cn("text-lg leading-tight font-semibold", className)} {...props} />;
}

export function AlertDialogDescription({
  className,
  ...props
}: React.ComponentProps<typeof AlertDialogPrimitive.Description>) {
  const { alert } = dialogRoot.useParts();
  return <alert.Description className={cn("text-sm text-muted-foreground", className)} {...props} />;
}

/**
 * Closes the dialog when clicked. For an async action that should keep the dialog open until it
 * settles, call `event.preventDefault()` in onClick and close via the controlled `open` prop.
 */
export function AlertDialogAction({
  className,
  variant = "destructive",
  ...props
}: React.ComponentProps<typeof AlertDialogPrimitive.Action> & { variant?: ButtonVariant }) {
  const { alert } = dialogRoot.useParts();
  return <alert.Action className={buttonVariants({ variant, className })} {...props} />;
}

export function AlertDialogCancel({
  className,
  ...props
}: React.ComponentProps<typeof AlertDialogPrimitive.Cancel>) {
  const { alert } = dialogRoot.useParts();
  return <alert.Cancel className={buttonVariants({ variant: "outline", className })} {...props} />;
}
