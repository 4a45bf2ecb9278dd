"use client";

import { useState } from "react";
import { resendVerificationAction } from "@/lib/actions/account-email";
import { ActionError } from "@/components/forms/action-error";
import { useAction } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";

const SENT: Record<string, string> = {
  email: "We sent a new link. Check your inbox (and spam folder); older links no longer work.",
  "server-log": "A new link was printed to the server's log (development, no email configured).",
  "email-failed": "The email could not be sent. Try again in a moment.",
  none: "This server cannot send email: ask its operator to verify your address.",
};

/** "Resend link" for a person whose address is not verified yet. */
export function ResendVerification() {
  const [sent, setSent] = useState<string>();
  const resending = useAction(resendVerificationAction, {
    onSuccess: ({ data }) => setSent(SENT[data.delivery]),
  });
  return (
    <div className="grid gap-2">
      <Button
        variant="outline"
        className="w-full"
        loading={resending.pending}
        onClick={() => {
          setSent(undefined);
          resending.execute({});
        }}
      >
        Resend link
      </Button>
      <ActionError failure={resending.failure} onRetry={resending.retry} />
      {sent && (
        <p role="status" className="text-sm text-muted-foreground">
          {sent}
        </p>
      )}
    </div>
  );
}
