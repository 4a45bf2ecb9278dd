"use client";

import { RefreshCw } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionError } from "@/components/forms/action-error";
import { useAction } from "@/components/forms/use-action-form";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { regenerateRecoveryCodesAction } from "@/lib/actions/two-factor";
import { RecoveryCodesReveal } from "./recovery-codes-reveal";
import { SecuritySection } from "./security-section";

const LOW = 3;

type RecoveryCodesSectionProps = {
  /** Whether a second factor is on: recovery codes exist only to stand in for one. */
  enabled: boolean;
  left: number;
  /** Codes in the current set; 0 when none were ever issued (a passkey added without an app). */
  issued: number;
  account: string;
};

/** How many recovery codes are left, and a new set (shown once) when they run low or leak. */
export function RecoveryCodesSection({ enabled, left, issued, account }: RecoveryCodesSectionProps) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [codes, setCodes] = useState<string[] | null>(null);
  const regenerating = useAction(regenerateRecoveryCodesAction, {
    onSuccess: ({ data }) => {
      setOpen(false);
      setCodes(data.recoveryCodes);
      router.refresh();
    },
  });

  return (
    <SecuritySection
      title="Recovery codes"
      description="Single-use codes that sign you in when your authenticator is not at hand."
    >
      {!enabled ? (
        <p className="text-sm text-muted-foreground">
          Recovery codes come with two-factor authentication: turn it on to get ten.
        </p>
      ) : codes ? (
        <RecoveryCodesReveal codes={codes} account={account} onDone={() => setCodes(null)} />
      ) : (
        <div className="grid justify-items-start gap-3">
          {issued === 0 ? (
            <Alert variant="warning" role="status">
              <AlertTitle>You have no recovery codes yet</AlertTitle>
              <AlertDescription>
                Generate them now: without them, losing your second factor locks you out.
              </AlertDescription>
            </Alert>
          ) : (
            <>
              <p className="text-sm">
                <span className="font-medium">{left}</span> of {issued} codes unused.
              </p>
              {left <= LOW && (
                <Alert variant="warning" role="status">
                  <AlertTitle>
                    {left === 0 ? "No recovery codes left" : "Running low on recovery codes"}
                  </AlertTitle>
                  <AlertDescription>Regenerate them now, while you can still sign in.</AlertDescription>
                </Alert>
              )}
            </>
          )}
          <AlertDialog open={open} onOpenChange={setOpen}>
            <AlertDialogTrigger asChild>
              <Button variant="outline">
                <RefreshCw aria-hidden />
                {issued === 0 ? "Generate codes" : "Regenerate codes"}
              </Button>
            </AlertDialogTrigger>
            <AlertDialogContent>
              <AlertDialogHeader>
                <AlertDialogTitle>
                  {issued === 0 ? "Generate recovery codes?" : "Regenerate your recovery codes?"}
                </AlertDialogTitle>
                <AlertDialogDescription>
                  {issued === 0
                    ? "You get ten codes, shown once: keep them somewhere safe."
                    : "You get ten new codes, shown once. Every code you have now stops working."}
                </AlertDialogDescription>
              </AlertDialogHeader>
              <ActionError failure={regenerating.failure} onRetry={regenerating.retry} />
              <AlertDialogFooter>
                <AlertDialogCancel>Cancel</AlertDialogCancel>
                <Button loading={regenerating.pending} onClick={() => regenerating.execute({})}>
                  {issued === 0 ? "Generate codes" : "Regenerate codes"}
                </Button>
              </AlertDialogFooter>
            </AlertDialogContent>
          </AlertDialog>
        </div>
      )}
    </SecuritySection>
  );
}
