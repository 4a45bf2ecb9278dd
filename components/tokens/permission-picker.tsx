"use client";

import { useId, useMemo } from "react";
import { Checkbox } from "@/components/ui/checkbox";
import { Fieldset } from "@/components/ui/field";
import { Label } from "@/components/ui/label";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import {
  PERMISSION_GROUPS,
  PERMISSION_TABLE,
  PRESETS,
  PRESET_LABEL,
  canonicalPermissions,
  expandGrants,
  grantableAnywhere,
  notGrantableReason,
  type Grant,
  type MembershipFact,
  type Permission,
  type PermissionGroup,
  type Preset,
} from "@/lib/access";

export type PickerPreset = Preset | "custom";

const PRESET_CHOICES: { value: PickerPreset; description: string }[] = [
  { value: "read-only", description: "Reads everything it can reach; changes nothing." },
  {
    value: "full-access",
    description: "Everything, including permissions added later, within your role on each website.",
  },
  { value: "custom", description: "Choose permissions one by one." },
];

type PermissionPickerProps = {
  preset: PickerPreset;
  onPresetChange: (preset: PickerPreset) => void;
  permissions: readonly Grant[];
  onPermissionsChange: (permissions: Grant[]) => void;
  memberships: readonly MembershipFact[];
  error?: string;
  disabled?: boolean;
};

/**
 * Presets, or one row per resource with Read and Write. Write implies read: checking write checks
 * read, unchecking read unchecks write. A permission none of the person's roles can exercise on
 * any website is disabled, with the reason from lib/access.
 */
export function PermissionPicker(props: PermissionPickerProps) {
  const { preset, onPresetChange, permissions, onPermissionsChange, memberships, error, disabled } = props;
  const id = useId();
  const grantable = useMemo(() => grantableAnywhere(memberships), [memberships]);

  function choosePreset(next: PickerPreset) {
    onPresetChange(next);
    if (next !== "custom") return onPermissionsChange([...PRESETS[next]]);
    // Custom starts from what was chosen so far, minus what can't be granted anywhere.
    const seed = [...expandGrants(permissions)].filter((permission) => grantable.has(permission));
    onPermissionsChange(canonicalPermissions(seed));
  }

  return (
    <Fieldset legend="Permissions" error={error}>
      <RadioGroup
        value={preset}
        onValueChange={(value) => choosePreset(value as PickerPreset)}
        disabled={disabled}
        columns={3}
        aria-label="Permission preset"
      >
        {PRESET_CHOICES.map((choice) => (
          <Label
            key={choice.value}
            htmlFor={`${id}-${choice.value}`}
            variant="choice"
            className="flex cursor-pointer items-start gap-3 rounded-lg border p-3 has-checked:border-primary has-checked:bg-primary/5"
          >
            <RadioGroupItem
              value={choice.value}
              id={`${id}-${choice.value}`}
              aria-describedby={`${id}-${choice.value}-d`}
            />
            <span className="grid gap-1">
              <span>{PRESET_LABEL[choice.value]}</span>
              <span id={`${id}-${choice.value}-d`} className="text-xs font-normal text-muted-foreground">
                {choice.description}
              </span>
            </span>
          </Label>
        ))}
      </RadioGroup>
      {preset === "custom" && (
        <CustomRows
          permissions={permissions}
          onChange={onPermissionsChange}
          memberships={memberships}
          grantable={grantable}
          disabled={disabled}
        />
      )}
    </Fieldset>
  );
}

type CustomRowsProps = {
  permissions: readonly Grant[];
  onChange: (permissions: Grant[]) => void;
  memberships: readonly MembershipFact[];
  grantable: ReadonlySet<Permission>;
  disabled?: boolean;
};

function CustomRows({ permissions, onChange, memberships, grantable, disabled }: CustomRowsProps) {
  const chosen = expandGrants(permissions);

  function toggle(group: PermissionGroup, action: "read" | "write", on: boolean) {
    const next = new Set(chosen);
    const { read, write } = group;
    if (action === "write" && write) {
      if (on) {
        next.add(write);
        if (read && grantable.has(read)) next.add(read);
      } else next.delete(write);
    }
    if (action === "read" && read) {
      if (on) next.add(read);
      else {
        next.delete(read);
        if (write) next.delete(write);
      }
    }
    onChange(canonicalPermissions([...next]));
  }

  return (
    <div className="rounded-lg border">
      <div
        aria-hidden="true"
        className="grid grid-cols-[minmax(0,1fr)_4rem_4rem] border-b bg-muted/50 px-3 py-2 text-xs font-medium text-muted-foreground"
      >
        <span>Resource</span>
        <span className="text-center">Read</span>
        <span className="text-center">Write</span>
      </div>
      <ul role="list" className="divide-y">
        {PERMISSION_GROUPS.map((group) => (
          <PermissionRow
            key={group.resource}
            group={group}
            chosen={chosen}
            memberships={memberships}
            onToggle={(action, on) => toggle(group, action, on)}
            disabled={disabled}
          />
        ))}
      </ul>
    </div>
  );
}

type PermissionRowProps = {
  group: PermissionGroup;
  chosen: ReadonlySet<Permission>;
  memberships: readonly MembershipFact[];
  onToggle: (action: "read" | "write", on: boolean) => void;
  disabled?: boolean;
};

function PermissionRow({ group, chosen, memberships, onToggle, disabled }: PermissionRowProps) {
  const id = useId();
  const cells = (["read", "write"] as const).map((action) => {
    const permission = group[action];
    const reason = permission ? notGrantableReason(memberships, permission) : null;
    return { action, permission, reason };
  });

  return (
    <li
      role="group"
      aria-labelledby={`${id}-label`}
      className="grid grid-cols-[minmax(0,1fr)_4rem_4rem] items-start gap-y-1 px-3 py-3"
    >
      <div className="grid gap-1 pr-2">
        <span id={`${id}-label`} className="text-sm font-medium">
          {group.label}
        </span>
        {cells.map(({ action, permission, reason }) =>
          permission ? (
            <span key={action} id={`${id}-${action}`} className="text-xs text-muted-foreground">
              <code className="font-mono text-foreground">{permission}</code>{" "}
              {PERMISSION_TABLE[permission].description}
              {reason && <span className="block text-warning">Unavailable: {reason}</span>}
            </span>
          ) : null,
        )}
      </div>
      {cells.map(({ action, permission, reason }) => (
        <div key={action} className="flex flex-col items-center gap-1 pt-0.5">
          {permission ? (
            <Checkbox
              aria-label={PERMISSION_TABLE[permission].label}
              aria-describedby={`${id}-${action}`}
              checked={chosen.has(permission)}
              disabled={disabled || reason !== null}
              onCheckedChange={(checked) => onToggle(action, checked === true)}
            />
          ) : (
            <span className="text-xs text-muted-foreground" aria-hidden="true">
              —
            </span>
          )}
        </div>
      ))}
    </li>
  );
}
