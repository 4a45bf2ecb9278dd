"use client";

import { useId } from "react";
import { Fieldset, FieldDescription } from "@/components/ui/field";
import { Label } from "@/components/ui/label";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import type { MembershipFact } from "@/lib/access";
import type { ScopeMode } from "./token-form";
import { WebsiteListbox } from "./website-listbox";

type ScopeSelectorProps = {
  scope: ScopeMode;
  onScopeChange: (scope: ScopeMode) => void;
  selected: readonly string[];
  onSelectedChange: (ids: string[]) => void;
  memberships: readonly MembershipFact[];
  error?: string;
  disabled?: boolean;
};

const CHOICES: { value: ScopeMode; label: string; description: string }[] = [
  {
    value: "all",
    label: "All websites I can access",
    description: "Includes websites you join later. On each, the token can do at most what your role allows.",
  },
  {
    value: "selected",
    label: "Only selected websites",
    description: "The token can't reach any other website, and can't create websites.",
  },
];

/** Which websites the token reaches: all of the person's (now and later), or an allow-list. */
export function ScopeSelector(props: ScopeSelectorProps) {
  const { scope, onScopeChange, selected, onSelectedChange, memberships, error, disabled } = props;
  const id = useId();

  return (
    <Fieldset legend="Websites" error={error}>
      <RadioGroup
        value={scope}
        onValueChange={(value) => onScopeChange(value as ScopeMode)}
        disabled={disabled}
        aria-label="Website access"
        columns={2}
      >
        {CHOICES.map((choice) => (
          <Label
            key={choice.value}
            htmlFor={`${id}-${choice.value}`}
            variant="choice"
            className="flex cursor-pointer items-start gap-3 rounded-lg border p-3 has-checked:border-primary has-checked:bg-primary/5"
          >
            <RadioGroupItem
              value={choice.value}
              id={`${id}-${choice.value}`}
              disabled={choice.value === "selected" && memberships.length === 0}
              aria-describedby={`${id}-${choice.value}-d`}
            />
            <span className="grid gap-1">
              <span>{choice.label}</span>
              <span id={`${id}-${choice.value}-d`} className="text-xs font-normal text-muted-foreground">
                {choice.description}
              </span>
            </span>
          </Label>
        ))}
      </RadioGroup>
      {memberships.length === 0 && (
        <FieldDescription>You aren&apos;t on any website yet, so there are none to select.</FieldDescription>
      )}
      {scope === "selected" && (
        <>
          <FieldDescription id={`${id}-keys`}>
            Arrow keys move, Space selects, typing filters the list.
          </FieldDescription>
          <WebsiteListbox
            websites={memberships}
            selected={selected}
            onChange={onSelectedChange}
            invalid={Boolean(error)}
            describedBy={`${id}-keys`}
          />
        </>
      )}
    </Fieldset>
  );
}
