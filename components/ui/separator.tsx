import { Separator as SeparatorPrimitive } from "radix-ui";

import { cn } from "@/lib/utils/cn";

/** Decorative by default (hidden from assistive tech); pass `decorative={false}` for a semantic divider. */
export function Separator({
  className,
  orientation = "horizontal",
  decorative = true,
  ...props
}: React.ComponentProps<typeof SeparatorPrimitive.Root>) {
  return (
    <SeparatorPrimitive.Root
      orientation={orientation}
      decorative={decorative}
      className={cn(
        "shrink-0 bg-border",
        orientation === "horizontal" ? "h-px w-full" : "h-full w-px self-stretch",
        className,
      )}
      {...props}
    />
  );
}
