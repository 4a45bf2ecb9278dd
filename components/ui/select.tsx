import { ChevronDown } from "lucide-react";

import { cn } from "@/lib/utils/cn";
import { controlClasses, controlText } from "@/components/ui/input";

/**
 * A styled native <select>: the platform picker is the most accessible one on phones and with
 * screen readers, and it works with react-hook-form's `register` unchanged.
 */
export function Select({ className, children, ...props }: React.ComponentProps<"select">) {
  return (
    <div className="relative w-full">
      <select
        className={cn(controlClasses, controlText, "h-10 appearance-none py-2 pr-9", className)}
        {...props}
      >
        {children}
      </select>
      <ChevronDown
        aria-hidden="true"
        className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-muted-foreground"
      />
    </div>
  );
}
