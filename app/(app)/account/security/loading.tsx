import { Skeleton } from "@/components/ui/skeleton";
import { Spinner } from "@/components/ui/spinner";

export default function Loading() {
  return (
    <div className="grid gap-8" aria-busy="true">
      <Spinner label="Loading security settings" className="sr-only" />
      {Array.from({ length: 4 }, (_, section) => (
        <div key={section} className="grid gap-4 rounded-xl border bg-card p-4 sm:p-6">
          <Skeleton className="h-6 w-48" />
          <Skeleton className="h-4 w-full max-w-prose" />
          <Skeleton className="h-10 w-40" />
        </div>
      ))}
    </div>
  );
}
