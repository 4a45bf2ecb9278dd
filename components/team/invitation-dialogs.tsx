"use client";

import { useState } from "react";
import { resendInvitationAction, revokeInvitationAction } from "@/lib/actions/team";
import { ActionError } from "@/components/forms/action-error";
import { useAction } from "@/components/forms/use-action-form";
import type { IssuedInvitation } from "@/lib/team/issue-invitation";
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
import type { InvitationDto } from "@/lib/team/invitation-dto";
import { INVITATION_DAYS } from "@/lib/team/invitation-days";
import { InvitationLink } from "./invitation-link";

/** "copy": a new link to copy now; "resend": renew the invitation (new link, new 7 days). Both kill the old link. */
export type InvitationAct = { kind: "copy" | "resend" | "revoke"; invitation: InvitationDto };

type InvitationDialogProps = {
  websiteId: string;
  act: InvitationAct | null;
  onClose: () => void;
  /** After a revoke: announce it (the row leaves the list). */
  onRevoked: (invitation: InvitationDto) => void;
  onCloseAutoFocus?: (event: Event) => void;
};

/** The confirmations of a pending invitation's row buttons; a new link is shown once, in place. */
export function InvitationDialog({
  websiteId,
  act,
  onClose,
  onRevoked,
  onCloseAutoFocus,
}: InvitationDialogProps) {
  return (
    <AlertDialog open={act !== null} onOpenChange={(open) => !open && onClose()}>
      {act && (
        <AlertDialogContent onCloseAutoFocus={onCloseAutoFocus} width="xl">
          {act.kind === "revoke" ? (
            <RevokeBody
              websiteId={websiteId}
              invitation={act.invitation}
              onRevoked={() => onRevoked(act.invitation)}
            />
          ) : (
            <NewLinkBody
              key={`${act.kind}:${act.invitation._id}`}
              websiteId={websiteId}
              act={act}
              onDone={onClose}
            />
          )}
        </AlertDialogContent>
      )}
    </AlertDialog>
  );
}

function NewLinkBody({
  websiteId,
  act,
  onDone,
}: {
  websiteId: string;
  act: InvitationAct;
  onDone: () => void;
}) {
  const [issued, setIssued] = useState<IssuedInvitation | null>(null);
  const renewing = useAction(resendInvitationAction, { onSuccess: ({ data }) => setIssued(data) });
  const { email } = act.invitation;

  if (issued) {
    return (
      <>
        <AlertDialogHeader>
          <AlertDialogTitle className="break-words">New link for {email}</AlertDialogTitle>
          <AlertDialogDescription>
            The link you sent before no longer works: send this one instead.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <InvitationLink url={issued.url} email={email} delivery={issued.delivery} />
        <AlertDialogFooter>
          <Button onClick={onDone}>Done</Button>
        </AlertDialogFooter>
      </>
    );
  }

  return (
    <>
      <AlertDialogHeader>
        <AlertDialogTitle className="break-words">
          {act.kind === "copy" ? `Make a new link for ${email}?` : `Resend the invitation to ${email}?`}
        </AlertDialogTitle>
        <AlertDialogDescription>
          {act.kind === "copy"
            ? "Keyward keeps only a fingerprint of each link, so it can't show the old one again. "
            : `The invitation starts over with ${INVITATION_DAYS} more days. `}
          A new link replaces the old one: the link you sent before stops working at once. You copy the new
          link next; it is shown only once.
        </AlertDialogDescription>
      </AlertDialogHeader>
      <ActionError failure={renewing.failure} onRetry={renewing.retry} />
      <AlertDialogFooter>
        <AlertDialogCancel>Cancel</AlertDialogCancel>
        <Button
          loading={renewing.pending}
          onClick={() => renewing.execute({ websiteId, invitationId: act.invitation._id })}
        >
          {act.kind === "copy" ? "Make new link" : "Resend invitation"}
        </Button>
      </AlertDialogFooter>
    </>
  );
}

function RevokeBody({
  websiteId,
  invitation,
  onRevoked,
}: {
  websiteId: string;
  invitation: InvitationDto;
  onRevoked: () => void;
}) {
  const revoking = useAction(revokeInvitationAction, { onSuccess: onRevoked });

  return (
    <>
      <AlertDialogHeader>
        <AlertDialogTitle className="break-words">
          Revoke the invitation for {invitation.email}?
        </AlertDialogTitle>
        <AlertDialogDescription>
          The link stops working at once. {invitation.email} can only join if you invite them again.
        </AlertDialogDescription>
      </AlertDialogHeader>
      <ActionError failure={revoking.failure} onRetry={revoking.retry} />
      <AlertDialogFooter>
        <AlertDialogCancel>Cancel</AlertDialogCancel>
        <Button
          variant="destructive"
          loading={revoking.pending}
          onClick={() => revoking.execute({ websiteId, invitationId: invitation._id })}
        >
          Revoke invitation
        </Button>
      </AlertDialogFooter>
    </>
  );
}
