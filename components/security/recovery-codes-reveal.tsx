"use client";

import { Download } from "lucide-react";
import { useEffect, useRef } from "react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button, buttonVariants } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";

type RecoveryCodesRevealProps = {
  codes: string[];
  /** Whose codes, for the downloaded file. */
  account: string;
  /** The only way out: the parent drops the codes from its state. */
  onDone: () => void;
};

function fileText(codes: string[], account: string): string {
  return [
    `Keyward recovery codes for ${account}`,
    "Each code signs you in once, in place of your authenticator app.",
    "",
    ...codes,
    "",
  ].join("\n");
}

/**
 * Freshly made recovery codes, shown this once: Keyward keeps only their digests. They leave the
 * page when the person says they saved them.
 */
export function RecoveryCodesReveal({ codes, account, onDone }: RecoveryCodesRevealProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const text = fileText(codes, account);

  // They appear in place of what was clicked: move focus (and screen readers) to them.
  useEffect(() => headingRef.current?.focus(), []);

  // Focus would fall to the page's start when they go: give it to the section's first button.
  function done() {
    const section = headingRef.current?.closest("section");
    onDone();
    requestAnimationFrame(() => section?.querySelector("button")?.focus());
  }

  return (
    <div className="grid gap-4 rounded-lg border border-warning/40 p-4">
      <h3 ref={headingRef} tabIndex={-1} className="font-medium">
        Save your recovery codes
      </h3>
      <Alert variant="warning" role="note">
        <AlertTitle>You won&apos;t see these codes again</AlertTitle>
        <AlertDescription>
          If you lose your authenticator, each code signs you in once. Keep them somewhere safe, such as a
          password manager. Any older codes no longer work.
        </AlertDescription>
      </Alert>
      <ol
        ref={listRef}
        aria-label="Recovery codes"
        className="grid grid-cols-1 gap-x-10 gap-y-1 rounded-md border bg-muted/50 p-3 font-mono text-sm min-[360px]:grid-cols-2 sm:w-fit sm:px-5"
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <div className="flex flex-wrap items-center gap-2">
        <CopyButton value={codes.join("\n")} label="Copy codes" size="md" fallbackTargetRef={listRef} />
        <a
          href={`data:text/plain;charset=utf-8,${encodeURIComponent(text)}`}
          download="keyward-recovery-codes.txt"
          className={buttonVariants({ variant: "outline" })}
        >
          <Download aria-hidden />
          Download .txt
        </a>
        <Button onClick={done} className="sm:ml-auto">
          I&apos;ve saved them
        </Button>
      </div>
    </div>
  );
}
