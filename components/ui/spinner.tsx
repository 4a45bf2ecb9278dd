import { LoaderCircle } from "lucide-react";

import { cn } from "@/lib/utils/cn";

type SpinnerProps = Omit<React.ComponentProps<"svg">, "children"> & {
  /** When set, the spinner is announced (role="status"); otherwise it is decorative. */
  label?: string;
};

export function Spinner({ label, className, ...props }: SpinnerProps) {
  const icon = (
    <LoaderCircle aria-hidden="true" className={cn("size-4 shrink-0 animate-spin", className)} {...props} />
  );
  if (!label) return icon;
  return (
    <span role="status" className="inline-flex items-center">
      {icon}
      <span className="sr-only">{label}</span>
    </span>
  );
}
