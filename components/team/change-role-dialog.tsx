"use client";

import { useId, useState } from "react";
import { changeRoleAction } from "@/lib/actions/team";
import { ActionError } from "@/components/forms/action-error";
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
import { Fieldset } from "@/components/ui/field";
import { Label } from "@/components/ui/label";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import {
  ASSIGNABLE_ROLES,
  ROLE_DESCRIPTION,
  ROLE_LABEL,
  isAssignableRole,
  type AssignableRole,
} from "@/lib/access";
import type { TeamMember } from "@/lib/team/list-members";
import type { Offboarding } from "@/lib/team/remove-member";
import { ImpactSummary } from "./impact-summary";
import { RevokeKeysChoice } from "./revoke-keys-choice";
import { useImpactPreview } from "./use-impact-preview";
import { usePersonKeys } from "./use-person-keys";

type ChangeRoleDialogProps = {
  websiteId: string;
  /** The person whose role changes; null keeps the dialog closed. */
  member: TeamMember | null;
  onClose: () => void;
  /** With what happened to the keys they stand behind (flagged on a demotion, or revoked). */
  onChanged: (member: TeamMember, role: AssignableRole, offboarding: Offboarding) => void;
  onCloseAutoFocus?: (event: Event) => void;
};

/** Owner-only: move someone between the assignable roles, after seeing what their tokens lose. */
export function ChangeRoleDialog({
  websiteId,
  member,
  onClose,
  onChanged,
  onCloseAutoFocus,
}: ChangeRoleDialogProps) {
  return (
    <AlertDialog open={member !== null} onOpenChange={(open) => !open && onClose()}>
      {member && (
        <AlertDialogContent onCloseAutoFocus={onCloseAutoFocus}>
          <ChangeRoleBody
            key={member.userId}
            websiteId={websiteId}
            member={member}
            onChanged={(role, offboarding) => onChanged(member, role, offboarding)}
          />
        </AlertDialogContent>
      )}
    </AlertDialog>
  );
}

function ChangeRoleBody({
  websiteId,
  member,
  onChanged,
}: {
  websiteId: string;
  member: TeamMember;
  onChanged: (role: AssignableRole, offboarding: Offboarding) => void;
}) {
  const id = useId();
  const [role, setRole] = useState<AssignableRole | undefined>(() =>
    ASSIGNABLE_ROLES.find((r) => r !== member.role),
  );
  const impact = useImpactPreview(websiteId, member.userId, role);
  const keys = usePersonKeys(websiteId, member.userId);
  const [revokeKeys, setRevokeKeys] = useState(false);
  // A demotion to viewer takes write power from the keys they stand behind: the moment to end them.
  const demoting = member.role === "member" && role === "viewer";
  const changing = useAction(changeRoleAction, {
    onSuccess: ({ data }) =>
      onChanged(data.role, { keysToRoll: data.keysToRoll, revokedKeys: data.revokedKeys }),
  });

  return (
    <>
      <AlertDialogHeader>
        <AlertDialogTitle>Change {member.name}&apos;s role?</AlertDialogTitle>
        <AlertDialogDescription>
          {member.name} is a {ROLE_LABEL[member.role].toLowerCase()} today. The new role applies at once:
          their account tokens, and the API keys they stand behind here, follow it on their next request.
        </AlertDialogDescription>
      </AlertDialogHeader>
      <Fieldset legend="New role">
        <RadioGroup
          value={role}
          onValueChange={(value) => isAssignableRole(value) && setRole(value)}
          disabled={changing.pending}
        >
          {ASSIGNABLE_ROLES.map((option) => (
            <div key={option} className="flex items-start gap-3">
              <RadioGroupItem
                value={option}
                id={`${id}-${option}`}
                disabled={option === member.role}
                aria-describedby={`${id}-${option}-description`}
                className="mt-0.5"
              />
              <div className="grid gap-0.5">
                <Label htmlFor={`${id}-${option}`}>
                  {ROLE_LABEL[option]}
                  {option === member.role && (
                    <span className="font-normal text-muted-foreground"> (current)</span>
                  )}
                </Label>
                <span id={`${id}-${option}-description`} className="text-sm text-muted-foreground">
                  {ROLE_DESCRIPTION[option]}
                </span>
              </div>
            </div>
          ))}
        </RadioGroup>
      </Fieldset>
      {role && <ImpactSummary state={impact} personName={member.name} />}
      {demoting && (
        <RevokeKeysChoice
          state={keys}
          personName={member.name}
          checked={revokeKeys}
          onCheckedChange={setRevokeKeys}
          disabled={changing.pending}
        />
      )}
      <ActionError failure={changing.failure} onRetry={changing.retry} />
      <AlertDialogFooter>
        <AlertDialogCancel>Cancel</AlertDialogCancel>
        <Button
          loading={changing.pending}
          disabled={!role || impact.status === "loading" || (demoting && keys.status === "loading")}
          onClick={() =>
            role &&
            changing.execute({ websiteId, userId: member.userId, role, revokeKeys: demoting && revokeKeys })
          }
        >
          {role ? `Make ${ROLE_LABEL[role].toLowerCase()}` : "Change role"}
        </Button>
      </AlertDialogFooter>
    </>
  );
}
