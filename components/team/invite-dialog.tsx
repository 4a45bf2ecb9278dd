"use client";

import { toast } from "@/components/feedback/toast";
import { UserPlus } from "lucide-react";
import { useState } from "react";
import { OnDemandForm } from "@/components/forms/on-demand-form";
import { onDemand } from "@/components/forms/use-on-demand";
import type { IssuedInvitation } from "@/lib/team/issue-invitation";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { ROLE_LABEL } from "@/lib/access";
import { InvitationLink } from "./invitation-link";

// The form (zod, react-hook-form, the role picker) is fetched as the pointer or focus reaches
// "Invite member", so it is usually there when the dialog opens.
const inviteFormCode = onDemand(() => import("./invite-form").then((module) => module.InviteForm));

/** Owner-only: invite by email as a member or viewer, then copy the one-time link. */
export function InviteDialog({ websiteId, domain }: { websiteId: string; domain: string }) {
  const [open, setOpen] = useState(false);
  const [issued, setIssued] = useState<IssuedInvitation | null>(null);

  function onOpenChange(next: boolean) {
    setOpen(next);
    // The link leaves the page with the dialog.
    if (!next) setIssued(null);
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button onPointerEnter={inviteFormCode.preload} onFocus={inviteFormCode.preload}>
          <UserPlus aria-hidden />
          Invite member
        </Button>
      </DialogTrigger>
      <DialogContent
        width="xl"
        // Once a link is on show, only "Done" closes: a stray click must not lose it.
        onInteractOutside={(event) => issued && event.preventDefault()}
      >
        {issued ? (
          <>
            <DialogHeader>
              <DialogTitle>Invitation ready</DialogTitle>
              <DialogDescription>
                {issued.invitation.email} is invited to {domain} as a{" "}
                {ROLE_LABEL[issued.invitation.role].toLowerCase()}. Copy the link and send it to them.
              </DialogDescription>
            </DialogHeader>
            <InvitationLink url={issued.url} email={issued.invitation.email} delivery={issued.delivery} />
            <DialogFooter>
              <Button onClick={() => onOpenChange(false)}>Done</Button>
            </DialogFooter>
          </>
        ) : (
          <>
            <DialogHeader>
              <DialogTitle>Invite a member</DialogTitle>
              <DialogDescription>
                They join {domain} when they open the link signed in with this email address (or create an
                account with it).
              </DialogDescription>
            </DialogHeader>
            <OnDemandForm
              code={inviteFormCode}
              props={{
                websiteId,
                onIssued: (next: IssuedInvitation) => {
                  toast(`Invitation for ${next.invitation.email} created.`);
                  setIssued(next);
                },
              }}
            />
          </>
        )}
      </DialogContent>
    </Dialog>
  );
}
