import { Skeleton } from "@/components/ui/skeleton";
import { Spinner } from "@/components/ui/spinner";

type PageSkeletonProps = {
  /** Announced to screen readers, e.g. "Loading team". */
  label: string;
  /** "sections": stacked settings cards; "list": a heading, filters and rows (tables, activity). */
  shape?: "sections" | "list";
};

/** A page's shape while its data loads (every loading.tsx), with an announcement for screen readers. */
export function PageSkeleton({ label, shape = "sections" }: PageSkeletonProps) {
  return (
    <div className="grid gap-4" aria-busy="true">
      <Spinner label={label} className="sr-only" />
      {shape === "list" ? (
        <>
          <Skeleton className="h-6 w-32" />
          <Skeleton className="h-4 w-full max-w-prose" />
          <div className="grid gap-3 sm:grid-cols-[16rem_16rem]">
            <Skeleton className="h-10" />
            <Skeleton className="h-10" />
          </div>
          {Array.from({ length: 6 }, (_, row) => (
            <Skeleton key={row} className="h-12 w-full" />
          ))}
        </>
      ) : (
        Array.from({ length: 3 }, (_, section) => (
          <div key={section} className="grid gap-4 rounded-xl border bg-card p-4 sm:p-6">
            <Skeleton className="h-6 w-48" />
            <Skeleton className="h-4 w-full max-w-prose" />
            <Skeleton className="h-10 w-40" />
          </div>
        ))
      )}
    </div>
  );
}
