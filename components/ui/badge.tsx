import { cn } from "@/lib/utils/cn";

const variants = {
  default: "border-transparent bg-primary text-primary-foreground",
  secondary: "border-transparent bg-secondary text-secondary-foreground",
  outline: "text-foreground",
  success: "border-success/30 bg-success/10 text-success",
  warning: "border-warning/30 bg-warning/10 text-warning",
  destructive: "border-destructive/30 bg-destructive/10 text-destructive",
  // Website roles: strongest → weakest, so a glance at a member list reads as a hierarchy.
  owner: "border-primary/30 bg-primary/10 text-primary",
  member: "border-transparent bg-secondary text-secondary-foreground",
  viewer: "text-muted-foreground",
} as const;

export type BadgeVariant = keyof typeof variants;

export function Badge({
  className,
  variant = "default",
  ...props
}: React.ComponentProps<"span"> & { variant?: BadgeVariant }) {
  return (
    <span
      className={cn(
        "inline-flex w-fit shrink-0 items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap",
        "[&_svg]:pointer-events-none [&_svg]:size-3",
        variants[variant],
        className,
      )}
      {...props}
    />
  );
}
