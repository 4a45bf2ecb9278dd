import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InvitationsSection } from "@/components/team/invitations-section";
import { LeaveWebsite } from "@/components/team/leave-website";
import { MembersSection } from "@/components/team/members-section";
import { TransferOwnership } from "@/components/team/transfer-ownership";
import type { Permit, TeamPermits } from "@/components/team/types";
import { isAssignableRole, ownerOnlyReason, type Operation } from "@/lib/access";
import { emailMode } from "@/lib/mail/email-mode";
import { listInvitations } from "@/lib/team/list-invitations";
import { listMembers } from "@/lib/team/list-members";
import { membersWithTwoFactor } from "@/lib/team/two-factor-members";
import { loadWebsite, type WebsiteParams } from "../../load-website";

export const metadata: Metadata = { title: "Team" };

/** The server's clock, read once per render. */
function renderedAt(): number {
  return Date.now();
}

const CANNOT_LEAVE =
  "You own this website, so you can't leave it: transfer ownership first. Then you can leave as a member.";

export default async function TeamSettingsPage({ params }: WebsiteParams) {
  const { actor, website, decide } = await loadWebsite((await params).websiteId);
  if (!decide("team.read").ok) notFound();
  const [members, invitations, twoFactor] = await Promise.all([
    listMembers(actor, website._id),
    listInvitations(actor, website._id),
    decide("team.two-factor.read").ok ? membersWithTwoFactor(actor, website._id) : undefined,
  ]);

  // Every "may this person…" comes from lib/access; refusals carry its "Only owners can …" text.
  const permit = (op: Operation): Permit => {
    const decision = decide(op);
    return decision.ok ? { ok: true } : { ok: false, reason: ownerOnlyReason(op) ?? decision.message };
  };
  const permits: TeamPermits = {
    invite: permit("team.invite"),
    changeRole: permit("team.change-role"),
    remove: permit("team.remove"),
    transfer: permit("website.transfer"),
  };
  const owner = members.find((member) => !isAssignableRole(member.role));
  // lib/access decides who may leave: anyone on the team but the owner, who must hand over first.
  const canLeave = decide("team.leave").ok;

  return (
    <div className="grid max-w-5xl gap-6">
      <MembersSection
        websiteId={website._id}
        domain={website.domain}
        timezone={website.timezone}
        members={members}
        twoFactor={twoFactor}
        currentUserId={actor.userId}
        permits={permits}
        ownerName={owner?.name ?? null}
      />
      <InvitationsSection
        websiteId={website._id}
        domain={website.domain}
        invitations={invitations}
        manage={permits.invite}
        emails={emailMode() === "email"}
        now={renderedAt()}
      />
      {permits.transfer.ok && (
        <TransferOwnership
          websiteId={website._id}
          domain={website.domain}
          candidates={members.filter((member) => isAssignableRole(member.role))}
        />
      )}
      <LeaveWebsite
        websiteId={website._id}
        domain={website.domain}
        blocked={canLeave ? null : CANNOT_LEAVE}
      />
    </div>
  );
}
