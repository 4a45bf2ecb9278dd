"use client";

import { useId, useRef } from "react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { curlSnippet } from "./curl-snippet";
import { CREDENTIAL_NOUN, type CredentialKind } from "./types";

/** A secret on its way to the person: held in React state only until they press "I've copied it". */
export type Reveal = {
  kind: CredentialKind;
  /** The credential's name, for the title. */
  name: string;
  secret: string;
  /** Regenerated: a new secret and a new expiry for an expired (or expiring) token. */
  reason: "created" | "rolled" | "regenerated";
};

type SecretRevealProps = {
  reveal: Reveal | null;
  /** The only way out: the parent drops the secret from its state (sets `reveal` to null). */
  onDone: () => void;
  onCloseAutoFocus?: (event: Event) => void;
};

/**
 * The one-time reveal. It can't be dismissed by Escape, a click outside or a close icon: only the
 * explicit "I've copied it" closes it, and the secret leaves the page with it.
 */
export function SecretReveal({ reveal, onDone, onCloseAutoFocus }: SecretRevealProps) {
  return (
    <Dialog open={reveal !== null}>
      {reveal && (
        <DialogContent
          showCloseButton={false}
          width="xl"
          onEscapeKeyDown={(event) => event.preventDefault()}
          onInteractOutside={(event) => event.preventDefault()}
          onCloseAutoFocus={onCloseAutoFocus}
        >
          <RevealBody reveal={reveal} onDone={onDone} />
        </DialogContent>
      )}
    </Dialog>
  );
}

function RevealBody({ reveal, onDone }: { reveal: Reveal; onDone: () => void }) {
  const id = useId();
  const secretRef = useRef<HTMLInputElement>(null);
  const snippetRef = useRef<HTMLPreElement>(null);
  const noun = CREDENTIAL_NOUN[reveal.kind];
  // Rendered only after a create or roll in this browser, never on the server.
  const snippet = curlSnippet(window.location.origin, reveal.secret);

  return (
    <>
      <DialogHeader besideClose={false}>
        <DialogTitle>
          {reveal.reason === "created" ? `Copy your new ${noun}` : `Copy the new secret`}
        </DialogTitle>
        <DialogDescription>
          {reveal.reason === "created"
            ? `“${reveal.name}” is ready. Copy its secret now and store it somewhere safe, such as a password manager.`
            : reveal.reason === "regenerated"
              ? `“${reveal.name}” has a new secret and a new expiry; the old secret no longer works. Update everything that uses this ${noun}.`
              : `“${reveal.name}” has a new secret. Update everything that uses this ${noun}.`}
        </DialogDescription>
      </DialogHeader>

      <Alert variant="warning">
        <AlertTitle>You won&apos;t see this secret again</AlertTitle>
        <AlertDescription>
          Keyward only stores a fingerprint of it. If you lose it, roll the {noun} to get a new one.
        </AlertDescription>
      </Alert>

      <div className="grid gap-2">
        <Label htmlFor={`${id}-secret`}>Secret</Label>
        <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
          <Input
            ref={secretRef}
            id={`${id}-secret`}
            readOnly
            value={reveal.secret}
            autoComplete="off"
            spellCheck={false}
            data-1p-ignore
            data-lpignore="true"
            mono
            onFocus={(event) => event.currentTarget.select()}
          />
          <CopyButton value={reveal.secret} label="Copy secret" size="md" fallbackTargetRef={secretRef} />
        </div>
      </div>

      <div className="grid gap-2">
        <p id={`${id}-snippet-label`} className="text-sm font-medium">
          Try it
        </p>
        <pre
          ref={snippetRef}
          aria-labelledby={`${id}-snippet-label`}
          className="overflow-x-auto rounded-md border bg-muted/50 p-3 font-mono text-xs leading-relaxed break-all whitespace-pre-wrap"
        >
          {snippet}
        </pre>
        <div>
          <CopyButton value={snippet} label="Copy command" fallbackTargetRef={snippetRef} />
        </div>
      </div>

      <DialogFooter>
        <Button onClick={onDone}>I&apos;ve copied it</Button>
      </DialogFooter>
    </>
  );
}
