"use client";

import { toast } from "@/components/feedback/toast";
import { Link2, Mail, Send, Trash2 } from "lucide-react";
import { useRef, useState } from "react";
import { Created } from "@/components/secrets/credential-cells";
import { CredentialList, type CredentialColumn } from "@/components/secrets/credential-list";
import { useReturnFocus } from "@/components/secrets/use-return-focus";
import { RoleBadge } from "@/components/websites/role-badge";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { RelativeTime } from "@/components/ui/relative-time";
import type { InvitationDto } from "@/lib/team/invitation-dto";
import { INVITATION_DAYS } from "@/lib/team/invitation-days";
import { InvitationDialog, type InvitationAct } from "./invitation-dialogs";
import type { Permit } from "./types";

type InvitationsSectionProps = {
  websiteId: string;
  domain: string;
  /** One page of them, newest first. */
  invitations: InvitationDto[];
  /** Every pending invitation, on any page. */
  total: number;
  /** The page links under the list. */
  pager: React.ReactNode;
  /** lib/access's answer to "team.invite": copy / resend / revoke are owner-only too. */
  manage: Permit;
  /** Whether this server emails invitations (SMTP configured); without it "Resend" would only copy. */
  emails: boolean;
  /** The server's render time, so relative times hydrate. */
  now: number;
};

function Expires({ invitation, now }: { invitation: InvitationDto; now: number }) {
  if (invitation.expired) return <Badge variant="destructive">Expired</Badge>;
  return <RelativeTime date={invitation.expiresAt} now={now} className="whitespace-nowrap" />;
}

function Invited({ invitation, now }: { invitation: InvitationDto; now: number }) {
  return (
    <span className="grid gap-0.5">
      <span className="break-words">{invitation.invitedBy ? `by ${invitation.invitedBy.name}` : "—"}</span>
      <span className="text-xs text-muted-foreground">
        <Created at={invitation.createdAt} now={now} />
      </span>
    </span>
  );
}

/** Invitations not yet accepted or revoked, with their links' copy / resend / revoke for the owner. */
export function InvitationsSection({
  websiteId,
  domain,
  invitations,
  total,
  pager,
  manage,
  emails,
  now,
}: InvitationsSectionProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const focus = useReturnFocus(heading);
  const [act, setAct] = useState<InvitationAct | null>(null);

  function start(kind: InvitationAct["kind"], invitation: InvitationDto, opener: HTMLElement) {
    focus.remember(opener);
    setAct({ kind, invitation });
  }

  const columns: CredentialColumn<InvitationDto>[] = [
    {
      key: "email",
      header: "Email",
      cardless: true,
      cell: (item) => <span className="font-medium break-words">{item.email}</span>,
    },
    { key: "role", header: "Role", cell: (item) => <RoleBadge role={item.role} /> },
    { key: "invited", header: "Invited", cell: (item) => <Invited invitation={item} now={now} /> },
    { key: "expires", header: "Expires", cell: (item) => <Expires invitation={item} now={now} /> },
  ];

  const actions = manage.ok
    ? (item: InvitationDto) => (
        <>
          <Button
            size="sm"
            variant="outline"
            aria-label={`Copy new link for ${item.email}`}
            onClick={(event) => start("copy", item, event.currentTarget)}
          >
            <Link2 aria-hidden />
            Copy new link
          </Button>
          {emails && (
            <Button
              size="sm"
              variant="ghost"
              aria-label={`Resend to ${item.email}`}
              onClick={(event) => start("resend", item, event.currentTarget)}
            >
              <Send aria-hidden />
              Resend
            </Button>
          )}
          <Button
            size="sm"
            variant="ghost-destructive"
            aria-label={`Revoke invitation for ${item.email}`}
            onClick={(event) => start("revoke", item, event.currentTarget)}
          >
            <Trash2 aria-hidden />
            Revoke
          </Button>
        </>
      )
    : undefined;

  return (
    // The invitations' page links end in #invitations, so the next page opens at this card.
    <Card id="invitations" className="scroll-mt-20">
      <CardHeader>
        <CardTitle ref={heading} tabIndex={-1}>
          Pending invitations
        </CardTitle>
        <CardDescription className="min-w-0 break-words">
          Each link works once, for its email address, and expires after {INVITATION_DAYS} days.
          {manage.ok &&
            !emails &&
            " This server sends no email: copy a new link and send it yourself. The old link then stops working."}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {total === 0 ? (
          <EmptyState
            icon={<Mail />}
            title="No pending invitations"
            description={
              manage.ok
                ? `People you invite to ${domain} show here until they accept.`
                : `Nobody is waiting to join ${domain}.`
            }
          />
        ) : (
          <CredentialList
            caption={`Pending invitations to ${domain}`}
            items={invitations}
            columns={columns}
            cardTitle={(item) => <span className="block font-medium break-words">{item.email}</span>}
            actions={actions}
          />
        )}
        {pager}
      </CardContent>
      {manage.ok && (
        <InvitationDialog
          websiteId={websiteId}
          act={act}
          onClose={() => setAct(null)}
          onRevoked={(invitation) => {
            focus.remember(null);
            toast(`Invitation for ${invitation.email} revoked.`);
            setAct(null);
          }}
          onCloseAutoFocus={focus.onCloseAutoFocus}
        />
      )}
    </Card>
  );
}
