"use client";

import type { Popover as PopoverPrimitive } from "radix-ui";

import { cn } from "@/lib/utils/cn";
import { floatingClasses } from "@/components/ui/floating";
import { deferredRoot } from "./deferred-root";

const popoverRoot = deferredRoot(
  () => import("./popover-machinery").then((module) => module.machinery),
  "This panel could not load. Check your connection and try again.",
);

// Here only Radix's types: its code (the popover and its popper) comes with popoverRoot.
export const Popover = popoverRoot.Root;
export const PopoverTrigger = popoverRoot.Trigger;

/**
 * Give it a width (`w-72`); it never exceeds the viewport, so pickers inside stay usable on
 * phones. It sits by the trigger (an anchor on it: the trigger is not Radix's own), and a press
 * on the trigger while open closes it rather than reopening it.
 */
export function PopoverContent({
  className,
  align = "start",
  sideOffset = 4,
  onCloseAutoFocus,
  onInteractOutside,
  ...props
}: React.ComponentProps<typeof PopoverPrimitive.Content>) {
  const { parts: popover, root, trigger, returnFocus } = popoverRoot.useContent(onCloseAutoFocus);
  if (!popover) return null;
  return (
    <popover.Root {...root}>
      <popover.Anchor virtualRef={{ current: trigger ?? { getBoundingClientRect: () => new DOMRect() } }} />
      <popover.Portal>
        <popover.Content
          align={align}
          sideOffset={sideOffset}
          collisionPadding={8}
          className={cn(
            floatingClasses,
            "max-h-(--radix-popover-content-available-height) max-w-[calc(100vw-1rem)] overflow-y-auto p-3",
            className,
          )}
          onCloseAutoFocus={returnFocus}
          onInteractOutside={(event) => {
            onInteractOutside?.(event);
            if (trigger?.contains(event.target as Node)) event.preventDefault();
          }}
          {...props}
        />
      </popover.Portal>
    </popover.Root>
  );
}
