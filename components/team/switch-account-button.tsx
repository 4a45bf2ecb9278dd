"use client";

import { LogOut } from "lucide-react";
import { signOut } from "@/components/auth/next-auth-client";
import { useState } from "react";
import { UNREACHABLE_MESSAGE } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";

/** Signs out and comes back to the invitation, which then offers sign-in and sign-up for the invited email. */
export function SwitchAccountButton({ returnTo }: { returnTo: string }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  return (
    <div className="grid gap-2">
      <Button
        className="w-full"
        loading={pending}
        onClick={() => {
          setPending(true);
          setError(undefined);
          // Success leaves the page; a failure must end the busy state and say why.
          signOut(returnTo).catch(() => {
            setPending(false);
            setError(UNREACHABLE_MESSAGE);
          });
        }}
      >
        <LogOut aria-hidden />
        Sign out and switch account
      </Button>
      <FieldError>{error}</FieldError>
    </div>
  );
}
