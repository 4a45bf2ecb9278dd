"use client";

import { StatusPage } from "@/components/shell/status-page";
import { Button } from "@/components/ui/button";
import "./globals.css";

// The root layout itself failed: this replaces the whole document, so it brings its own html.
export default function GlobalError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <html lang="en">
      <body className="min-h-dvh bg-background text-foreground antialiased">
        <title>Something went wrong · Keyward</title>
        <StatusPage
          title="Something went wrong"
          description={
            error.digest
              ? `Keyward could not show this page (reference ${error.digest}). Try again in a moment.`
              : "Keyward could not show this page. Try again in a moment."
          }
          actions={<Button onClick={reset}>Try again</Button>}
        />
      </body>
    </html>
  );
}
