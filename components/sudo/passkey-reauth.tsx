"use client";

import { Fingerprint } from "lucide-react";
import { useState } from "react";
import { runAction } from "@/components/forms/use-action-form";
import { passkeyProof } from "@/components/security/passkey-proof";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import { sudoPasskeyChallengeAction } from "@/lib/actions/passkeys";
import { reauthenticateAction } from "@/lib/actions/sudo";

/** Sudo mode's answer with one of the person's passkeys (offered to those who have one). */
export function PasskeyReauth({ onConfirmed }: { onConfirmed: () => void }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  // Not a transition: it would stay pending with the act waiting for this dialog (see reauth-dialog).
  async function confirmWithPasskey() {
    setError(undefined);
    setPending(true);
    const proof = await passkeyProof(() => runAction(sudoPasskeyChallengeAction, {}));
    const result = proof.ok
      ? await runAction(reauthenticateAction, { method: "passkey", ...proof.data })
      : proof;
    setPending(false);
    if (result.ok) onConfirmed();
    else setError(result.error.message);
  }

  return (
    <div className="grid gap-2 border-t pt-4">
      <Button variant="outline" loading={pending} onClick={confirmWithPasskey}>
        <Fingerprint aria-hidden />
        Use a passkey
      </Button>
      <FieldError>{error}</FieldError>
    </div>
  );
}
