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
import { CREDENTIAL_NOUN, type CredentialKind } from "./types";

/** Several new secrets at once ("roll all"), held in React state only until "I've copied them". */
export type ListReveal = {
  /** What they all are; omitted for a mix of tokens and keys. */
  kind?: CredentialKind;
  /** Why they are new, for the description ("Every key Max stands behind was rolled."). */
  reason: string;
  secrets: { id: string; name: string; secret: string }[];
};

type SecretListRevealProps = {
  reveal: ListReveal | null;
  /** The only way out: the parent drops the secrets from its state. */
  onDone: () => void;
  onCloseAutoFocus?: (event: Event) => void;
};

/**
 * The one-time reveal for a batch of secrets (roll all). Like the single reveal it can't be
 * dismissed by Escape or a click outside: only "I've copied them" closes it.
 */
export function SecretListReveal({ reveal, onDone, onCloseAutoFocus }: SecretListRevealProps) {
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
          <DialogHeader besideClose={false}>
            <DialogTitle>Copy the new secrets</DialogTitle>
            <DialogDescription>
              {reveal.reason} The old secrets no longer work: update everything that uses these{" "}
              {reveal.kind ? `${CREDENTIAL_NOUN[reveal.kind]}s` : "credentials"}.
            </DialogDescription>
          </DialogHeader>
          <Alert variant="warning">
            <AlertTitle>You won&apos;t see these secrets again</AlertTitle>
            <AlertDescription>Keyward only stores a fingerprint of each.</AlertDescription>
          </Alert>
          <ul role="list" className="grid max-h-[50vh] gap-4 overflow-y-auto">
            {reveal.secrets.map((item) => (
              <SecretRow key={item.id} name={item.name} secret={item.secret} />
            ))}
          </ul>
          <DialogFooter>
            <Button onClick={onDone}>I&apos;ve copied them</Button>
          </DialogFooter>
        </DialogContent>
      )}
    </Dialog>
  );
}

function SecretRow({ name, secret }: { name: string; secret: string }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  return (
    <li className="grid gap-2">
      <Label id={`${id}-name`} htmlFor={id} className="break-words">
        {name}
      </Label>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
        <Input
          ref={input}
          id={id}
          readOnly
          value={secret}
          autoComplete="off"
          spellCheck={false}
          data-1p-ignore
          data-lpignore="true"
          mono
          onFocus={(event) => event.currentTarget.select()}
        />
        <CopyButton
          value={secret}
          label="Copy secret"
          size="md"
          aria-describedby={`${id}-name`}
          fallbackTargetRef={input}
        />
      </div>
    </li>
  );
}
