"use client";

import Link from "next/link";
import { useState } from "react";
import { verifyEmailAction } from "@/lib/actions/account-email";
import { ActionError } from "@/components/forms/action-error";
import { useAction } from "@/components/forms/use-action-form";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/**
 * Confirms the address on a click, not on page load: mail scanners that fetch every link do not
 * use it up, and the person sees what they confirm.
 */
export function VerifyEmailButton({ token, signedIn }: { token: string; signedIn: boolean }) {
  const [verified, setVerified] = useState<string>();
  const verifying = useAction(verifyEmailAction, { onSuccess: ({ data }) => setVerified(data.email) });

  if (verified) {
    return (
      <div className="grid gap-4">
        <Alert variant="success">
          <AlertTitle>Email address verified</AlertTitle>
          <AlertDescription>
            <span className="font-medium break-words">{verified}</span> is confirmed: you can now accept
            invitations sent to it.
          </AlertDescription>
        </Alert>
        <Button asChild className="w-full">
          <Link href={signedIn ? "/" : `/sign-in?email=${encodeURIComponent(verified)}`}>
            {signedIn ? "Go to your websites" : "Sign in"}
          </Link>
        </Button>
      </div>
    );
  }
  return (
    <div className="grid gap-3">
      <ActionError failure={verifying.failure} onRetry={verifying.retry} />
      <Button className="w-full" loading={verifying.pending} onClick={() => verifying.execute({ token })}>
        Confirm my email address
      </Button>
    </div>
  );
}
