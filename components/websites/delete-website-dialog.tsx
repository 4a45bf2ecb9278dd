"use client";

import { Trash2 } from "lucide-react";
import { useRef, useState, useTransition } from "react";
import { deleteWebsiteAction } from "@/lib/actions/websites";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/** Owner-only: delete after typing the domain exactly; the server checks the same text again. */
export function DeleteWebsiteDialog({ websiteId, domain }: { websiteId: string; domain: string }) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const inputRef = useRef<HTMLInputElement>(null);
  const matches = typed === domain;

  function onOpenChange(next: boolean) {
    if (pending) return;
    setOpen(next);
    setTyped("");
    setError(undefined);
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!matches) return;
    setError(undefined);
    // On success the action redirects to the website list; only failures come back.
    startTransition(async () => {
      const result = await deleteWebsiteAction({ websiteId, confirmDomain: typed });
      if (!result.ok) setError(result.error.fields?.confirmDomain ?? result.error.message);
    });
  }

  return (
    <AlertDialog open={open} onOpenChange={onOpenChange}>
      <AlertDialogTrigger asChild>
        <Button variant="destructive">
          <Trash2 aria-hidden />
          Delete website
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent
        onOpenAutoFocus={(event) => {
          event.preventDefault();
          inputRef.current?.focus();
        }}
      >
        <AlertDialogHeader>
          <AlertDialogTitle className="break-all">Delete {domain}?</AlertDialogTitle>
          <AlertDialogDescription>
            Its team, pending invitations and API keys are deleted with it: scripts using those keys stop
            working at once, and account tokens lose access to it. This cannot be undone.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <form onSubmit={onSubmit} noValidate className="grid gap-4">
          <Field
            label={
              <span>
                Type <span className="font-mono font-semibold break-all">{domain}</span> to confirm
              </span>
            }
            error={error}
          >
            <Input
              ref={inputRef}
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
              autoComplete="off"
              autoCapitalize="none"
              autoCorrect="off"
              spellCheck={false}
            />
          </Field>
          <AlertDialogFooter>
            <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
            <Button type="submit" variant="destructive" disabled={!matches} loading={pending}>
              Delete website
            </Button>
          </AlertDialogFooter>
        </form>
      </AlertDialogContent>
    </AlertDialog>
  );
}
