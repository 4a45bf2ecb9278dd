"use client";

import { useState, useTransition } from "react";
import { acceptInvitationAction } from "@/lib/actions/invitations";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";

/** Accepts (idempotent) and lands on the website; the server checks the signed-in email again. */
export function AcceptInvitationButton({ token, label }: { token: string; label: string }) {
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function accept() {
    setError(undefined);
    // On success the action redirects to the website; only failures come back.
    startTransition(async () => {
      const result = await acceptInvitationAction({ token });
      if (!result.ok) setError(result.error.message);
    });
  }

  return (
    <div className="grid gap-3">
      <FieldError>{error}</FieldError>
      <Button className="w-full" loading={pending} onClick={accept}>
        {label}
      </Button>
    </div>
  );
}
