import { SearchX } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ListSearch } from "@/components/navigation/list-search";
import { Pager } from "@/components/navigation/pager";
import { InvitationsSection } from "@/components/team/invitations-section";
import { LeaveWebsite } from "@/components/team/leave-website";
import { MembersSection } from "@/components/team/members-section";
import { TransferOwnership } from "@/components/team/transfer-ownership";
import type { Permit, TeamPermits } from "@/components/team/types";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { isAssignableRole, ownerOnlyReason, type Operation } from "@/lib/access";
import { emailMode } from "@/lib/mail/email-mode";
import { listInvitationsPage } from "@/lib/team/list-invitations";
import { listMembersPage, MEMBERS_PAGE_SIZE } from "@/lib/team/list-members";
import { teamHref, teamQueryFrom } from "@/lib/team/team-query";
import { membersWithTwoFactor } from "@/lib/team/two-factor-members";
import { loadWebsite, type WebsiteParams } from "../../load-website";

type TeamSettingsPageProps = WebsiteParams & {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { title: "Team" };

/** The server's clock, read once per render. */
function renderedAt(): number {
  return Date.now();
}

const CANNOT_LEAVE =
  "You own this website, so you can't leave it: transfer ownership first. Then you can leave as a member.";

export default async function TeamSettingsPage({ params, searchParams }: TeamSettingsPageProps) {
  const { actor, website, decide } = await loadWebsite((await params).websiteId);
  if (!decide("team.read").ok) notFound();
  const query = teamQueryFrom(await searchParams);
  const [members, invitations] = await Promise.all([
    listMembersPage(actor, website._id, query),
    listInvitationsPage(actor, website._id, { page: query.invitationsPage }),
  ]);
  const twoFactor = decide("team.two-factor.read").ok
    ? await membersWithTwoFactor(
        actor,
        website._id,
        members.members.map((member) => member.userId),
      )
    : undefined;
  const href = (change: Partial<typeof query>) => teamHref(website._id, { ...query, ...change });

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
  // lib/access decides who may leave: anyone on the team but the owner, who must hand over first.
  const canLeave = decide("team.leave").ok;

  return (
    <div className="grid max-w-5xl gap-6">
      <MembersSection
        websiteId={website._id}
        domain={website.domain}
        timezone={website.timezone}
        members={members.members}
        teamSize={members.teamSize}
        query={query.query}
        twoFactor={twoFactor}
        currentUserId={actor.userId}
        permits={permits}
        ownerName={members.owner?.name ?? null}
        search={
          (query.query || members.teamSize > MEMBERS_PAGE_SIZE) && (
            <ListSearch
              action={teamHref(website._id, { query: "", page: 1, invitationsPage: 1 })}
              label="Members"
              fieldLabel="Search members by name or email"
              placeholder="Search by name or email"
              query={query.query}
              id="member-search"
            />
          )
        }
        noMatch={
          <EmptyState
            icon={<SearchX />}
            title="Nobody matches"
            description={`No one on this team has “${query.query}” in their name or email.`}
            action={
              <Link href={href({ query: "", page: 1 })} className={buttonVariants({ variant: "outline" })}>
                Show everyone
              </Link>
            }
          />
        }
        pager={
          <Pager
            label="Member pages"
            page={members.page}
            pageCount={members.pageCount}
            summary={`${members.total.toLocaleString("en")} ${members.total === 1 ? "person" : "people"}`}
            href={(page) => href({ page })}
          />
        }
      />
      <InvitationsSection
        websiteId={website._id}
        domain={website.domain}
        invitations={invitations.invitations}
        total={invitations.total}
        pager={
          <Pager
            label="Invitation pages"
            page={invitations.page}
            pageCount={invitations.pageCount}
            summary={`${invitations.total.toLocaleString("en")} invitations`}
            href={(page) => `${href({ invitationsPage: page })}#invitations`}
          />
        }
        manage={permits.invite}
        emails={emailMode() === "email"}
        now={renderedAt()}
      />
      {permits.transfer.ok && (
        <TransferOwnership
          websiteId={website._id}
          domain={website.domain}
          candidates={members.members.filter((member) => isAssignableRole(member.role))}
          everyoneListed={members.pageCount === 1 && !query.query}
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
