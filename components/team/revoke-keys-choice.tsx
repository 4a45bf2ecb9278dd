"use client";

import { useId } from "react";
import { Checkbox } from "@/components/ui/checkbox";
import { FieldError } from "@/components/ui/field";
import { Label } from "@/components/ui/label";
import { Spinner } from "@/components/ui/spinner";
import type { PersonKeysState } from "./use-person-keys";

type RevokeKeysChoiceProps = {
  state: PersonKeysState;
  personName: string;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  disabled?: boolean;
};

/**
 * The keys a person stands behind on the website and, when there are any, the owner's choice to
 * revoke them with the change instead of reviewing them afterwards.
 */
export function RevokeKeysChoice({
  state,
  personName,
  checked,
  onCheckedChange,
  disabled,
}: RevokeKeysChoiceProps) {
  const id = useId();
  if (state.status === "loading") {
    return (
      <p className="flex items-center gap-2 text-sm text-muted-foreground">
        <Spinner label="Checking their API keys" />
        Checking the API keys {personName} stands behind…
      </p>
    );
  }
  if (state.status === "error") return <FieldError>{state.message}</FieldError>;
  const keys = state.keys;
  if (keys.length === 0) {
    return (
      <p className="text-sm text-muted-foreground">{personName} stands behind no API keys on this website.</p>
    );
  }
  return (
    <section aria-labelledby={`${id}-title`} className="grid gap-3 rounded-lg border p-3 text-sm">
      <div className="grid gap-1">
        <p id={`${id}-title`} className="font-medium">
          {keys.length === 1 ? "1 API key" : `${keys.length} API keys`} {personName} stands behind
        </p>
        <p className="text-muted-foreground">
          Made by them here, or with a key of theirs. They belong to the website and keep working unless you
          revoke them; otherwise they are flagged for you to roll or revoke.
        </p>
      </div>
      <ul
        role="list"
        aria-label={`API keys ${personName} stands behind`}
        className="grid max-h-40 gap-1.5 overflow-y-auto"
      >
        {keys.map((key) => (
          <li key={key._id} className="grid min-w-0">
            <span className="font-medium break-words">{key.name}</span>
            <span className="font-mono text-xs text-muted-foreground">{key.displayKey}</span>
          </li>
        ))}
      </ul>
      <div className="flex items-start gap-3">
        <Checkbox
          id={`${id}-revoke`}
          checked={checked}
          disabled={disabled}
          onCheckedChange={(value) => onCheckedChange(value === true)}
          className="mt-0.5"
        />
        <Label htmlFor={`${id}-revoke`} variant="choice">
          Revoke their keys now
        </Label>
      </div>
    </section>
  );
}
