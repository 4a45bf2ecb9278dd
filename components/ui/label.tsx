import { Label as LabelPrimitive } from "radix-ui";

import { cn } from "@/lib/utils/cn";

const variants = {
  field: "leading-none font-medium",
  // A checkbox's or a choice card's label, which may wrap onto a second line.
  choice: "leading-snug font-medium",
  // A short radio choice in a plain list (durations).
  plain: "leading-none font-normal",
} as const;

export function Label({
  className,
  variant = "field",
  ...props
}: React.ComponentProps<typeof LabelPrimitive.Root> & { variant?: keyof typeof variants }) {
  return (
    <LabelPrimitive.Root
      className={cn(
        // The checkbox or radio before it is wrapped (its box is drawn beside the input).
        "text-sm select-none peer-has-[:disabled]:cursor-not-allowed peer-has-[:disabled]:opacity-60",
        variants[variant],
        className,
      )}
      {...props}
    />
  );
}
