import { cn } from "@/lib/utils/cn";
import { controlClasses } from "@/components/ui/input";

export function Textarea({ className, rows = 3, ...props }: React.ComponentProps<"textarea">) {
  return (
    <textarea
      rows={rows}
      className={cn(controlClasses, "min-h-20 py-2 read-only:bg-muted/50", className)}
      {...props}
    />
  );
}
