import { CircleAlert, CircleCheck, Info, TriangleAlert, type LucideIcon } from "lucide-react";

import { cn } from "@/lib/utils/cn";

const variants = {
  info: { icon: Info, role: "status", classes: "border-primary/30 bg-primary/5 [&>svg]:text-primary" },
  success: {
    icon: CircleCheck,
    role: "status",
    classes: "border-success/30 bg-success/5 [&>svg]:text-success",
  },
  warning: {
    icon: TriangleAlert,
    role: "alert",
    classes: "border-warning/40 bg-warning/10 [&>svg]:text-warning",
  },
  destructive: {
    icon: CircleAlert,
    role: "alert",
    classes: "border-destructive/30 bg-destructive/5 [&>svg]:text-destructive",
  },
} satisfies Record<string, { icon: LucideIcon; role: "status" | "alert"; classes: string }>;

export type AlertVariant = keyof typeof variants;

/**
 * Inline message with an icon. warning/destructive use role="alert" (announced assertively when
 * they appear); info/success use role="status" (polite). Pass `role` to override.
 */
export function Alert({
  className,
  variant = "info",
  children,
  ...props
}: React.ComponentProps<"div"> & { variant?: AlertVariant }) {
  const { icon: Icon, role, classes } = variants[variant];
  return (
    <div
      role={role}
      className={cn(
        "grid grid-cols-[auto_1fr] items-start gap-x-3 gap-y-1 rounded-lg border px-4 py-3 text-sm text-foreground",
        "[&>svg]:row-span-2 [&>svg]:mt-0.5 [&>svg]:size-4",
        classes,
        className,
      )}
      {...props}
    >
      <Icon aria-hidden="true" />
      {children}
    </div>
  );
}

export function AlertTitle({ className, ...props }: React.ComponentProps<"p">) {
  return <p className={cn("col-start-2 leading-snug font-medium", className)} {...props} />;
}

export function AlertDescription({ className, ...props }: React.ComponentProps<"div">) {
  return (
    <div className={cn("col-start-2 text-muted-foreground [&_p]:leading-relaxed", className)} {...props} />
  );
}
