"use client";

import { Fingerprint } from "lucide-react";
import { useEffect, useState } from "react";
import { runAction } from "@/components/forms/use-action-form";
import { passkeyProof } from "@/components/security/passkey-proof";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import { passkeyCountAction, sudoPasskeyChallengeAction } from "@/lib/actions/passkeys";
import { reauthenticateAction } from "@/lib/actions/sudo";

/** Sudo mode's other answer: one of the person's passkeys (offered only to those who have one). */
export function PasskeyReauth({ onConfirmed }: { onConfirmed: () => void }) {
  const [offered, setOffered] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  useEffect(() => {
    let live = true;
    void runAction(passkeyCountAction, {}).then((result) => {
      if (live && result.ok) setOffered(result.data > 0);
    });
    return () => {
      live = false;
    };
  }, []);

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

  if (!offered) return null;
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
