"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ConfirmDialog } from "@/components/forms/confirm-dialog";
import { ActionError } from "@/components/forms/action-error";
import { useAction } from "@/components/forms/use-action-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { disableTotpAction, startTotpEnrolmentAction } from "@/lib/actions/two-factor";
import type { TotpEnrolment as Enrolment } from "@/lib/two-factor/start-totp-enrolment";
import { RecoveryCodesReveal } from "./recovery-codes-reveal";
import { SecuritySection } from "./security-section";
import { TotpEnrolment } from "./totp-enrolment";

type TotpSectionProps = {
  enabled: boolean;
  /** Passkeys keep protecting sign-in (and keep the recovery codes) when the app is removed. */
  passkeys: number;
  /** The person's email, for the recovery codes file. */
  account: string;
};

/** Two-factor authentication with an authenticator app: status, adding one, turning it off. */
export function TotpSection({ enabled, passkeys, account }: TotpSectionProps) {
  const router = useRouter();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const starting = useAction(startTotpEnrolmentAction, { onSuccess: ({ data }) => setEnrolment(data) });

  function confirmed(codes: string[]) {
    setEnrolment(null);
    setRecoveryCodes(codes);
    router.refresh();
  }

  return (
    <SecuritySection
      title="Two-factor authentication"
      status={enabled ? <Badge variant="success">On</Badge> : <Badge variant="outline">Off</Badge>}
      description={
        enabled
          ? "Signing in asks for a code from your authenticator app after your password."
          : "Ask for a code from an authenticator app after your password, so a stolen password alone cannot sign in."
      }
    >
      {recoveryCodes ? (
        <RecoveryCodesReveal codes={recoveryCodes} account={account} onDone={() => setRecoveryCodes(null)} />
      ) : enrolment ? (
        <TotpEnrolment enrolment={enrolment} onConfirmed={confirmed} onCancel={() => setEnrolment(null)} />
      ) : enabled ? (
        <TurnOffTotp passkeys={passkeys} />
      ) : (
        <div className="grid justify-items-start gap-2">
          <Button loading={starting.pending} onClick={() => starting.execute({})}>
            Set up authenticator app
          </Button>
          <ActionError failure={starting.failure} onRetry={starting.retry} />
        </div>
      )}
    </SecuritySection>
  );
}

function TurnOffTotp({ passkeys }: { passkeys: number }) {
  const router = useRouter();
  const form = useForm();
  return (
    <ConfirmDialog
      label="Turn off"
      triggerVariant="outline"
      title="Turn off two-factor authentication with your app?"
      description={
        passkeys > 0
          ? "Codes from your authenticator app stop working. Your passkeys and recovery codes still protect sign-in."
          : "Signing in will ask only for your password, and your recovery codes stop working."
      }
      form={form}
      action={() => disableTotpAction({})}
      done="Two-factor authentication with your app is off."
      onSuccess={() => router.refresh()}
    />
  );
}
