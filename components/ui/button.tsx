import { Slot } from "radix-ui";

import { cn } from "@/lib/utils/cn";
import { Spinner } from "@/components/ui/spinner";

const variants = {
  default: "bg-primary text-primary-foreground shadow-xs hover:bg-primary/90",
  secondary: "bg-secondary text-secondary-foreground hover:bg-secondary/80",
  outline: "border border-input bg-background hover:bg-accent hover:text-accent-foreground",
  ghost: "hover:bg-accent hover:text-accent-foreground",
  // A quiet row action that destroys (Remove, Revoke): red text, no fill until hovered.
  "ghost-destructive": "text-destructive hover:bg-destructive/10 hover:text-destructive",
  destructive: "bg-destructive text-destructive-foreground shadow-xs hover:bg-destructive/90",
  link: "text-primary underline underline-offset-4 hover:decoration-2",
} as const;

const sizes = {
  // A row action beside text in a table cell.
  xs: "h-7 gap-1.5 px-2 text-sm",
  sm: "h-8 gap-1.5 px-3 text-sm",
  md: "h-10 gap-2 px-4 text-sm",
  lg: "h-11 gap-2 px-6 text-base",
  // While loading, the spinner replaces the icon instead of squeezing in next to it.
  icon: "size-10 aria-busy:[&>svg~svg]:hidden",
} as const;

/** A link-styled button sits in running text: no height or padding, whatever its size. */
const LINK_SIZE = "h-auto gap-1.5 px-0 text-sm";

export type ButtonVariant = keyof typeof variants;
export type ButtonSize = keyof typeof sizes;

/** Button classes, for elements that must look like a button without being <Button> (Radix Action/Cancel parts). */
export function buttonVariants({
  variant = "default",
  size = "md",
  className,
}: { variant?: ButtonVariant; size?: ButtonSize; className?: string } = {}) {
  return cn(
    "inline-flex shrink-0 items-center justify-center rounded-md font-medium whitespace-nowrap transition-colors",
    "disabled:pointer-events-none disabled:opacity-50 aria-disabled:pointer-events-none aria-disabled:opacity-50",
    "[&_svg]:pointer-events-none [&_svg]:shrink-0 [&_svg:not([class*='size-'])]:size-4",
    variant === "link" ? LINK_SIZE : sizes[size],
    variants[variant],
    className,
  );
}

export type ButtonProps = React.ComponentProps<"button"> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Render the single child (e.g. a <Link>) with button styling instead of a <button>. */
  asChild?: boolean;
  /** Shows a spinner, sets aria-busy and disables the button so a form can't be submitted twice. */
  loading?: boolean;
};

export function Button({
  variant,
  size,
  asChild = false,
  loading = false,
  disabled,
  className,
  children,
  type,
  ...props
}: ButtonProps) {
  const Comp = asChild ? Slot.Root : "button";
  return (
    <Comp
      className={buttonVariants({ variant, size, className })}
      // Default to "button": a bare <button> inside a form would submit it.
      type={asChild ? type : (type ?? "button")}
      disabled={asChild ? undefined : disabled || loading}
      aria-disabled={asChild && (disabled || loading) ? true : undefined}
      aria-busy={loading || undefined}
      {...props}
    >
      {loading && <Spinner />}
      <Slot.Slottable>{children}</Slot.Slottable>
    </Comp>
  );
}
