"use client";

import { Fingerprint } from "lucide-react";
import { signInWithCredentials } from "./next-auth-client";
import { useState, useTransition } from "react";
import { runAction, UNREACHABLE_MESSAGE } from "@/components/forms/use-action-form";
import { passkeyProof } from "@/components/security/passkey-proof";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import { passkeySignInChallengeAction } from "@/lib/actions/passkeys";
import { SECOND_FACTOR_INVALID, signInErrorMessage } from "@/lib/users/sign-in-messages";
import type { PasswordCredentials } from "./second-factor-step";

const NOT_ACCEPTED = "This passkey was not accepted. Try again, or use a code.";

/**
 * Sign-in's second step with a passkey: the server checks the password again and issues a
 * challenge for this person's passkeys; the answer goes to next-auth with the password.
 */
export function PasskeySignIn({
  credentials,
  onSignedIn,
}: {
  credentials: PasswordCredentials;
  onSignedIn: () => void;
}) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();

  function usePasskey() {
    setError(undefined);
    startTransition(async () => {
      const proof = await passkeyProof(() => runAction(passkeySignInChallengeAction, credentials));
      if (!proof.ok) return setError(proof.error.message);
      // A rejection (offline, a 500) would escape the transition to the error boundary.
      const result = await signInWithCredentials({
        ...credentials,
        passkey: JSON.stringify(proof.data),
      }).catch(() => null);
      if (result === null) return setError(UNREACHABLE_MESSAGE);
      if (result.ok && !result.error) return onSignedIn();
      setError(result.error === SECOND_FACTOR_INVALID ? NOT_ACCEPTED : signInErrorMessage(result.error));
    });
  }

  return (
    <div className="grid gap-2">
      <Button variant="outline" className="w-full" loading={pending} onClick={usePasskey}>
        <Fingerprint aria-hidden />
        Use a passkey
      </Button>
      <FieldError>{error}</FieldError>
    </div>
  );
}
