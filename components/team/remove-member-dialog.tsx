"use client";

import { useState } from "react";
import { removeMemberAction } from "@/lib/actions/team";
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
import type { TeamMember } from "@/lib/team/list-members";
import type { Offboarding } from "@/lib/team/remove-member";
import { ImpactSummary } from "./impact-summary";
import { RevokeKeysChoice } from "./revoke-keys-choice";
import { useImpactPreview } from "./use-impact-preview";
import { usePersonKeys } from "./use-person-keys";

type RemoveMemberDialogProps = {
  websiteId: string;
  domain: string;
  /** The person to remove; null keeps the dialog closed. */
  member: TeamMember | null;
  onClose: () => void;
  onRemoved: (member: TeamMember, offboarding: Offboarding) => void;
  onCloseAutoFocus?: (event: Event) => void;
};

/** Owner-only: ends someone's access after showing what their tokens lose; the offboarding follows. */
export function RemoveMemberDialog({
  websiteId,
  domain,
  member,
  onClose,
  onRemoved,
  onCloseAutoFocus,
}: RemoveMemberDialogProps) {
  return (
    <AlertDialog open={member !== null} onOpenChange={(open) => !open && onClose()}>
      {member && (
        <AlertDialogContent onCloseAutoFocus={onCloseAutoFocus}>
          <RemoveBody
            key={member.userId}
            websiteId={websiteId}
            domain={domain}
            member={member}
            onRemoved={(offboarding) => onRemoved(member, offboarding)}
          />
        </AlertDialogContent>
      )}
    </AlertDialog>
  );
}

type RemoveBodyProps = {
  websiteId: string;
  domain: string;
  member: TeamMember;
  onRemoved: (offboarding: Offboarding) => void;
};

function RemoveBody({ websiteId, domain, member, onRemoved }: RemoveBodyProps) {
  const impact = useImpactPreview(websiteId, member.userId, null);
  const keys = usePersonKeys(websiteId, member.userId);
  const [revokeKeys, setRevokeKeys] = useState(false);
  const removing = useAction(removeMemberAction, { onSuccess: ({ data }) => onRemoved(data) });

  return (
    <>
      <AlertDialogHeader>
        <AlertDialogTitle className="break-words">
          Remove {member.name} from {domain}?
        </AlertDialogTitle>
        <AlertDialogDescription>
          {member.name} ({member.email}) loses access at once, and their account tokens lose this website. API
          keys they stand behind here belong to the website and keep working unless you revoke them: you can
          also roll or revoke them next.
        </AlertDialogDescription>
      </AlertDialogHeader>
      <ImpactSummary state={impact} personName={member.name} />
      <RevokeKeysChoice
        state={keys}
        personName={member.name}
        checked={revokeKeys}
        onCheckedChange={setRevokeKeys}
        disabled={removing.pending}
      />
      <ActionError failure={removing.failure} onRetry={removing.retry} />
      <AlertDialogFooter>
        <AlertDialogCancel>Cancel</AlertDialogCancel>
        <Button
          variant="destructive"
          loading={removing.pending}
          disabled={impact.status === "loading" || keys.status === "loading"}
          onClick={() => removing.execute({ websiteId, userId: member.userId, revokeKeys })}
        >
          Remove {member.name}
        </Button>
      </AlertDialogFooter>
    </>
  );
}
