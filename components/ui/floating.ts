import { cn } from "@/lib/utils/cn";

/**
 * Shared by menus and popovers: a floating surface that fades in next to its trigger. It closes
 * at once: while a closed menu faded out, a press on its trigger was lost.
 */
export const floatingClasses = cn(
  "z-50 rounded-md border bg-popover text-popover-foreground shadow-md outline-none",
  "motion-safe:data-[state=open]:animate-fade-in",
);
