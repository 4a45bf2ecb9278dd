import { Popover as PopoverPrimitive } from "radix-ui";

import { cn } from "@/lib/utils/cn";
import { floatingClasses } from "@/components/ui/dropdown-menu";

export const Popover = PopoverPrimitive.Root;
export const PopoverTrigger = PopoverPrimitive.Trigger;
export const PopoverAnchor = PopoverPrimitive.Anchor;
export const PopoverClose = PopoverPrimitive.Close;

/** Give it a width (`w-72`); it never exceeds the viewport, so pickers inside stay usable on phones. */
export function PopoverContent({
  className,
  align = "start",
  sideOffset = 4,
  ...props
}: React.ComponentProps<typeof PopoverPrimitive.Content>) {
  return (
    <PopoverPrimitive.Portal>
      <PopoverPrimitive.Content
        align={align}
        sideOffset={sideOffset}
        collisionPadding={8}
        className={cn(
          floatingClasses,
          "max-h-(--radix-popover-content-available-height) max-w-[calc(100vw-1rem)] overflow-y-auto p-3",
          className,
        )}
        {...props}
      />
    </PopoverPrimitive.Portal>
  );
}
