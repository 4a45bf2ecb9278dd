"use client";

import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { AlertTriangle } from "lucide-react";
import Link from "next/link";

// A page of the signed-in app failed to render: say so inside the shell, with the reference the
// server logged (Next's digest) and a way to try again.
export default function AppError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div className="grid gap-6">
      <title>Something went wrong · Keyward</title>
      <h1 className="sr-only">Something went wrong</h1>
      <EmptyState
        icon={<AlertTriangle />}
        title="Something went wrong"
        description={
          <>
            This page could not be shown. Try again; if it keeps failing, tell your administrator
            {error.digest ? (
              <>
                {" "}
                the reference <span className="font-mono text-foreground">{error.digest}</span>
              </>
            ) : null}
            .
          </>
        }
        action={
          <div className="flex flex-wrap justify-center gap-2">
            <Button onClick={reset}>Try again</Button>
            <Button asChild variant="outline">
              <Link href="/">Go to your websites</Link>
            </Button>
          </div>
        }
      />
    </div>
  );
}
