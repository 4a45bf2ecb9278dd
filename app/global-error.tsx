"use client";

import type { ErrorPageProps } from "@/components/shell/error-page";
import { StatusPage } from "@/components/shell/status-page";
import { Button } from "@/components/ui/button";
import "./globals.css";

// The root layout itself failed: this replaces the whole document, so it brings its own html.
export default function GlobalError({ error, reset }: ErrorPageProps) {
  return (
    <html lang="en">
      <body className="min-h-dvh bg-background text-foreground antialiased">
        <title>Something went wrong · Keyward</title>
        <StatusPage
          title="Something went wrong"
          description="Keyward could not show this page. Try again in a moment."
          reference={error.digest}
          actions={<Button onClick={reset}>Try again</Button>}
        />
      </body>
    </html>
  );
}
