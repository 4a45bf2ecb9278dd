import { Skeleton } from "@/components/ui/skeleton";
import { Spinner } from "@/components/ui/spinner";

/** The activity page while it loads: its shape, and an announcement for screen readers. */
export function ActivitySkeleton() {
  return (
    <div className="grid gap-4" aria-busy="true">
      <Spinner label="Loading activity" className="sr-only" />
      <Skeleton className="h-6 w-32" />
      <Skeleton className="h-4 w-full max-w-prose" />
      <div className="grid gap-3 sm:grid-cols-[16rem_16rem]">
        <Skeleton className="h-10" />
        <Skeleton className="h-10" />
      </div>
      {Array.from({ length: 6 }, (_, row) => (
        <Skeleton key={row} className="h-12 w-full" />
      ))}
    </div>
  );
}
