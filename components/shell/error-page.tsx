"use client";

import { StatusPage } from "@/components/shell/status-page";
import { Button } from "@/components/ui/button";

export type ErrorPageProps = {
  error: Error & { digest?: string };
  reset: () => void;
};

/**
 * What an error.tsx shows inside the signed-in shell: the navigation above stays usable, and the
 * page offers Try again, a way home and the reference the server logged (Next's digest).
 */
export function ErrorPage({
  error,
  reset,
  home,
}: ErrorPageProps & { home?: { href: string; label: string } }) {
  return (
    <StatusPage
      inShell
      title="Something went wrong"
      description="This page could not be shown. Try again; if it keeps failing, tell your administrator the reference below."
      reference={error.digest}
      home={home ?? { href: "/", label: "Go to your websites" }}
      actions={<Button onClick={reset}>Try again</Button>}
    />
  );
}
