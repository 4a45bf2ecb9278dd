"use client";

import { useId, useState } from "react";
import { useAction } from "@/components/forms/use-action-form";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { Fieldset, FieldError } from "@/components/ui/field";
import { Label } from "@/components/ui/label";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import { GRACE_PERIODS, type GracePeriod } from "@/lib/credentials/grace";
import { SecretReveal, type Reveal } from "./secret-reveal";
import { CREDENTIAL_NOUN, type CredentialKind, type CredentialRef, type SecretOutcome } from "./types";

const GRACE_CHOICES = Object.entries(GRACE_PERIODS) as [GracePeriod, (typeof GRACE_PERIODS)[GracePeriod]][];

type RollDialogProps = {
  kind: CredentialKind;
  /** The credential to roll; null keeps the dialog closed. */
  target: CredentialRef | null;
  onClose: () => void;
  /** Calls the roll action and takes the new secret out of its result. */
  roll: (target: CredentialRef, grace: GracePeriod) => Promise<SecretOutcome>;
  onCloseAutoFocus?: (event: Event) => void;
};

/** Confirms a roll with a grace choice, then reveals the new secret once. */
export function RollDialog({ kind, target, onClose, roll, onCloseAutoFocus }: RollDialogProps) {
  const [reveal, setReveal] = useState<Reveal | null>(null);

  return (
    <>
      <AlertDialog open={target !== null} onOpenChange={(open) => !open && onClose()}>
        {target && (
          <AlertDialogContent
            onCloseAutoFocus={reveal ? (event) => event.preventDefault() : onCloseAutoFocus}
          >
            <RollForm
              kind={kind}
              target={target}
              roll={roll}
              onRolled={(secret) => {
                setReveal({ kind, name: target.name, secret, reason: "rolled" });
                onClose();
              }}
            />
          </AlertDialogContent>
        )}
      </AlertDialog>
      <SecretReveal reveal={reveal} onDone={() => setReveal(null)} onCloseAutoFocus={onCloseAutoFocus} />
    </>
  );
}

type RollFormProps = Pick<RollDialogProps, "kind" | "roll"> & {
  target: CredentialRef;
  onRolled: (secret: string) => void;
};

function RollForm({ kind, target, roll, onRolled }: RollFormProps) {
  const id = useId();
  const [grace, setGrace] = useState<GracePeriod>("none");
  const rolling = useAction((chosen: GracePeriod) => roll(target, chosen), {
    onSuccess: (outcome) => onRolled(outcome.secret),
  });
  const noun = CREDENTIAL_NOUN[kind];

  return (
    <>
      <AlertDialogHeader>
        <AlertDialogTitle>Roll “{target.name}”?</AlertDialogTitle>
        <AlertDialogDescription>
          You get a new secret for the same {noun}: same name and access. Anything still using{" "}
          <span className="font-mono text-foreground">{target.displayKey}</span> stops working at the time you
          choose.
        </AlertDialogDescription>
      </AlertDialogHeader>
      <Fieldset legend="The old secret stops working">
        <RadioGroup
          value={grace}
          onValueChange={(value) => setGrace(value as GracePeriod)}
          disabled={rolling.pending}
        >
          {GRACE_CHOICES.map(([value, { label }]) => (
            <div key={value} className="flex items-center gap-3">
              <RadioGroupItem value={value} id={`${id}-${value}`} />
              <Label htmlFor={`${id}-${value}`} className="font-normal">
                {label}
              </Label>
            </div>
          ))}
        </RadioGroup>
      </Fieldset>
      <FieldError>{rolling.error}</FieldError>
      <AlertDialogFooter>
        <AlertDialogCancel>Cancel</AlertDialogCancel>
        <Button loading={rolling.pending} onClick={() => rolling.execute(grace)}>
          Roll secret
        </Button>
      </AlertDialogFooter>
    </>
  );
}
