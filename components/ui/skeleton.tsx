import { cn } from "@/lib/utils/cn";

/** Placeholder shape while content loads; decorative, so announce loading elsewhere (e.g. aria-busy). */
export function Skeleton({ className, ...props }: React.ComponentProps<"div">) {
  return (
    <div
      aria-hidden="true"
      className={cn("rounded-md bg-muted motion-safe:animate-pulse", className)}
      {...props}
    />
  );
}
