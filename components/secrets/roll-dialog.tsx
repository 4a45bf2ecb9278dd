"use client";

import { useId, useState } from "react";
import { ActionError } from "@/components/forms/action-error";
import { useAction } from "@/components/forms/use-action-form";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Fieldset } from "@/components/ui/field";
import { Label } from "@/components/ui/label";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import { GRACE_PERIODS, type GracePeriod } from "@/lib/credentials/grace";
import { SecretListReveal, type ListReveal } from "./secret-list-reveal";
import { SecretReveal, type Reveal } from "./secret-reveal";
import {
  CREDENTIAL_NOUN,
  type CredentialKind,
  type CredentialRef,
  type LineageOutcome,
  type LineageRollOutcome,
  type SecretOutcome,
} from "./types";
import { useLineagePreview } from "./use-lineage-preview";

const GRACE_CHOICES = Object.entries(GRACE_PERIODS) as [GracePeriod, (typeof GRACE_PERIODS)[GracePeriod]][];

type RollDialogProps = {
  kind: CredentialKind;
  /** The credential to roll; null keeps the dialog closed. */
  target: CredentialRef | null;
  onClose: () => void;
  /** Calls the roll action and takes the new secret out of its result. */
  roll: (target: CredentialRef, grace: GracePeriod) => Promise<SecretOutcome>;
  /**
   * A roll does not reach the credentials made with this one; with these, a roll without grace
   * offers to roll them too ("roll all"). Omitted: no offer.
   */
  lineage?: {
    preview: (target: CredentialRef) => Promise<LineageOutcome>;
    rollAll: (target: CredentialRef) => Promise<LineageRollOutcome>;
  };
  onCloseAutoFocus?: (event: Event) => void;
};

/** Confirms a roll with a grace choice, then reveals the new secret once. */
export function RollDialog({ kind, target, onClose, roll, lineage, onCloseAutoFocus }: RollDialogProps) {
  const [reveal, setReveal] = useState<Reveal | null>(null);
  const [listReveal, setListReveal] = useState<ListReveal | null>(null);

  return (
    <>
      <AlertDialog open={target !== null} onOpenChange={(open) => !open && onClose()}>
        {target && (
          <AlertDialogContent
            onCloseAutoFocus={reveal || listReveal ? (event) => event.preventDefault() : onCloseAutoFocus}
          >
            <RollForm
              kind={kind}
              target={target}
              roll={roll}
              lineage={lineage}
              onRolled={(secret) => {
                setReveal({ kind, name: target.name, secret, reason: "rolled" });
                onClose();
              }}
              onRolledAll={(secrets) => {
                setListReveal({
                  reason: `“${target.name}” and everything made with it have new secrets.`,
                  secrets,
                });
                onClose();
              }}
            />
          </AlertDialogContent>
        )}
      </AlertDialog>
      <SecretReveal reveal={reveal} onDone={() => setReveal(null)} onCloseAutoFocus={onCloseAutoFocus} />
      <SecretListReveal
        reveal={listReveal}
        onDone={() => setListReveal(null)}
        onCloseAutoFocus={onCloseAutoFocus}
      />
    </>
  );
}

type RollFormProps = Pick<RollDialogProps, "kind" | "roll" | "lineage"> & {
  target: CredentialRef;
  onRolled: (secret: string) => void;
  onRolledAll: (secrets: { id: string; name: string; secret: string }[]) => void;
};

function RollForm({ kind, target, roll, lineage, onRolled, onRolledAll }: RollFormProps) {
  const id = useId();
  const [grace, setGrace] = useState<GracePeriod>("none");
  const [all, setAll] = useState(false);
  const rolling = useAction((chosen: GracePeriod) => roll(target, chosen), {
    onSuccess: (outcome) => onRolled(outcome.secret),
  });
  const rollingAll = useAction((chosen: CredentialRef) => (lineage ? lineage.rollAll(chosen) : noLineage()), {
    onSuccess: (outcome) => onRolledAll(outcome.secrets),
  });
  const noun = CREDENTIAL_NOUN[kind];
  const everything = all && grace === "none" && lineage !== undefined;
  const pending = rolling.pending || rollingAll.pending;

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
      {/* Focus starts on Cancel. It comes before the choices in the DOM, so Tab from it reaches the
          grace choices before "Roll secret"; the grid shows it beside "Roll secret" all the same
          (below it on phones, as AlertDialogFooter does). */}
      <div className="grid gap-2 sm:grid-cols-[1fr_auto_auto]">
        <AlertDialogCancel className="row-start-3 sm:col-start-2 sm:row-start-2">Cancel</AlertDialogCancel>
        <div className="row-start-1 mb-2 grid gap-4 sm:col-span-3">
          <Fieldset legend="The old secret stops working">
            <RadioGroup
              value={grace}
              onValueChange={(value) => setGrace(value as GracePeriod)}
              disabled={pending}
            >
              {GRACE_CHOICES.map(([value, { label }]) => (
                <div key={value} className="flex items-center gap-3">
                  <RadioGroupItem value={value} id={`${id}-${value}`} />
                  <Label htmlFor={`${id}-${value}`} variant="plain">
                    {label}
                  </Label>
                </div>
              ))}
            </RadioGroup>
          </Fieldset>
          {lineage && grace === "none" && (
            <RollAllChoice
              target={target}
              preview={lineage.preview}
              checked={all}
              onCheckedChange={setAll}
              disabled={pending}
            />
          )}
          {rolling.failure ? (
            <ActionError failure={rolling.failure} onRetry={rolling.retry} />
          ) : (
            <ActionError failure={rollingAll.failure} onRetry={rollingAll.retry} />
          )}
        </div>
        <Button
          className="row-start-2 sm:col-start-3"
          loading={pending}
          onClick={() => (everything ? rollingAll.execute(target) : rolling.execute(grace))}
        >
          {everything ? "Roll all" : "Roll secret"}
        </Button>
      </div>
    </>
  );
}

async function noLineage(): Promise<LineageRollOutcome> {
  return { ok: false, message: "Nothing else to roll." };
}

type RollAllChoiceProps = {
  target: CredentialRef;
  preview: (target: CredentialRef) => Promise<LineageOutcome>;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  disabled: boolean;
};

/** When credentials were made with this one: the offer to roll them too, without grace. */
function RollAllChoice({ target, preview, checked, onCheckedChange, disabled }: RollAllChoiceProps) {
  const id = useId();
  const state = useLineagePreview(target, preview);
  if (!("ok" in state) || !state.ok || state.items.length === 0) return null;
  const count = state.items.length;
  return (
    <div className="grid gap-1 rounded-lg border p-3 text-sm">
      <div className="flex items-start gap-3">
        <Checkbox
          id={`${id}-all`}
          checked={checked}
          disabled={disabled}
          onCheckedChange={(value) => onCheckedChange(value === true)}
          aria-describedby={`${id}-all-d`}
          className="mt-0.5"
        />
        <Label htmlFor={`${id}-all`} variant="choice">
          Also roll the {count === 1 ? "credential" : `${count} credentials`} made with it
        </Label>
      </div>
      <p id={`${id}-all-d`} className="pl-7 text-muted-foreground">
        A roll doesn&apos;t reach them by itself: anyone holding one of them keeps access.{" "}
        {state.items.map((item) => item.name).join(", ")}.
      </p>
    </div>
  );
}
