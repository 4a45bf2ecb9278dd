"use client";

import { useId, useRef } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { InvitationDelivery } from "@/lib/team/deliver-invitation";
import { INVITATION_DAYS } from "@/lib/team/invitation-days";

type InvitationLinkProps = {
  url: string;
  email: string;
  /** How else the link went out: emailed (or the email failed), the development server's log, or nowhere. */
  delivery: InvitationDelivery;
};

/**
 * A freshly issued invitation link with a copy button (which falls back to selecting the text).
 * Only its digest is stored: once this panel closes, the link can only be replaced, not shown again.
 */
export function InvitationLink({ url, email, delivery }: InvitationLinkProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <div className="grid gap-3">
      <div className="grid gap-2">
        <Label htmlFor={`${id}-link`}>Invitation link</Label>
        <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
          <Input
            ref={inputRef}
            id={`${id}-link`}
            readOnly
            value={url}
            autoComplete="off"
            spellCheck={false}
            mono
            aria-describedby={`${id}-note`}
            onFocus={(event) => event.currentTarget.select()}
          />
          <CopyButton value={url} label="Copy link" size="md" fallbackTargetRef={inputRef} />
        </div>
      </div>
      <div id={`${id}-note`} className="grid gap-1 text-sm text-muted-foreground">
        <p>
          Send it to <span className="font-medium break-words text-foreground">{email}</span>. It works once,
          for that email address only, and{" "}
          <span className="font-medium text-foreground">expires in {INVITATION_DAYS} days</span>.
        </p>
        <p>
          This link is shown only now. If it gets lost, make a new one from the pending invitation: the old
          link then stops working.
        </p>
        <DeliveryNote delivery={delivery} email={email} />
      </div>
    </div>
  );
}

const DELIVERY_NOTES: Record<Exclude<InvitationDelivery, "email" | "email-failed">, string> = {
  "server-log": "Development server: the link was also printed to the server log.",
  none: "Keyward isn't set up to send email here: send the link yourself.",
};

function DeliveryNote({ delivery, email }: { delivery: InvitationDelivery; email: string }) {
  if (delivery === "email") {
    return (
      <p role="status">
        We emailed this link to <span className="font-medium break-words text-foreground">{email}</span>.
      </p>
    );
  }
  if (delivery === "email-failed") {
    return (
      <p role="alert" className="font-medium text-destructive">
        The invitation email could not be sent. The invitation is saved: copy the link and send it yourself,
        or resend it later.
      </p>
    );
  }
  return <p>{DELIVERY_NOTES[delivery]}</p>;
}
