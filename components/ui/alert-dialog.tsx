import { AlertDialog as AlertDialogPrimitive } from "radix-ui";

import { cn } from "@/lib/utils/cn";
import { buttonVariants, type ButtonVariant } from "@/components/ui/button";
import { contentClasses, dialogWidths, overlayClasses, type DialogWidth } from "@/components/ui/dialog";

/**
 * A confirmation that must be answered: no outside-click dismissal, focus starts on Cancel,
 * Escape cancels. Use for revoke / remove / roll.
 */
export const AlertDialog = AlertDialogPrimitive.Root;
export const AlertDialogTrigger = AlertDialogPrimitive.Trigger;

export function AlertDialogContent({
  className,
  width = "lg",
  ...props
}: React.ComponentProps<typeof AlertDialogPrimitive.Content> & { width?: DialogWidth }) {
  return (
    <AlertDialogPrimitive.Portal>
      <AlertDialogPrimitive.Overlay className={overlayClasses} />
      <AlertDialogPrimitive.Content
        className={cn(contentClasses, dialogWidths[width], className)}
        {...props}
      />
    </AlertDialogPrimitive.Portal>
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
  return (
    <AlertDialogPrimitive.Title className={cn("text-lg leading-tight font-semibold", className)} {...props} />
  );
}

export function AlertDialogDescription({
  className,
  ...props
}: React.ComponentProps<typeof AlertDialogPrimitive.Description>) {
  return (
    <AlertDialogPrimitive.Description className={cn("text-sm text-muted-foreground", className)} {...props} />
  );
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
  return <AlertDialogPrimitive.Action className={buttonVariants({ variant, className })} {...props} />;
}

export function AlertDialogCancel({
  className,
  ...props
}: React.ComponentProps<typeof AlertDialogPrimitive.Cancel>) {
  return (
    <AlertDialogPrimitive.Cancel className={buttonVariants({ variant: "outline", className })} {...props} />
  );
}
