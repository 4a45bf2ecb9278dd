import { RadioGroup as RadioGroupPrimitive } from "radix-ui";

import { cn } from "@/lib/utils/cn";

/** One column of choices, or choice cards in 2 or 3 columns from `sm` up. */
const layouts = { 1: "gap-3", 2: "gap-2 sm:grid-cols-2", 3: "gap-2 sm:grid-cols-3" } as const;

/** Arrow keys move between items (Radix roving focus); label each item with <Label htmlFor>. */
export function RadioGroup({
  className,
  columns = 1,
  ...props
}: React.ComponentProps<typeof RadioGroupPrimitive.Root> & { columns?: keyof typeof layouts }) {
  return <RadioGroupPrimitive.Root className={cn("grid", layouts[columns], className)} {...props} />;
}

export function RadioGroupItem({
  className,
  ...props
}: React.ComponentProps<typeof RadioGroupPrimitive.Item>) {
  return (
    <RadioGroupPrimitive.Item
      className={cn(
        "peer aspect-square size-4 shrink-0 rounded-full border border-input bg-background shadow-xs transition-colors",
        "disabled:cursor-not-allowed disabled:opacity-50 aria-invalid:border-destructive data-[state=checked]:border-primary",
        "relative after:absolute after:-inset-2",
        className,
      )}
      {...props}
    >
      <RadioGroupPrimitive.Indicator className="flex items-center justify-center">
        <span className="size-2 rounded-full bg-primary" />
      </RadioGroupPrimitive.Indicator>
    </RadioGroupPrimitive.Item>
  );
}
