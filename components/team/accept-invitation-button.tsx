"use client";

import { acceptInvitationAction } from "@/lib/actions/invitations";
import { ActionError } from "@/components/forms/action-error";
import { useAction } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";

/** Accepts (idempotent) and lands on the website; the server checks the signed-in email again. */
export function AcceptInvitationButton({ token, label }: { token: string; label: string }) {
  // On success the action redirects to the website; only failures come back.
  const accepting = useAction(acceptInvitationAction);

  return (
    <div className="grid gap-3">
      <ActionError failure={accepting.failure} onRetry={accepting.retry} />
      <Button className="w-full" loading={accepting.pending} onClick={() => accepting.execute({ token })}>
        {label}
      </Button>
    </div>
  );
}
