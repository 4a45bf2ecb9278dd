"use client";

import { toast } from "@/components/feedback/toast";
import { ArrowRightLeft, UserMinus } from "lucide-react";
import { useRef, useState } from "react";
import { useReturnFocus } from "@/components/secrets/use-return-focus";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardTitle } from "@/components/ui/card";
import { ROLE_LABEL, isAssignableRole } from "@/lib/access";
import type { TeamMember } from "@/lib/team/list-members";
import type { Offboarding } from "@/lib/team/remove-member";
import { ChangeRoleDialog } from "./change-role-dialog";
import { InviteDialog } from "./invite-dialog";
import { MembersList } from "./members-list";
import { OffboardingPanel, type PeopleChange } from "./offboarding-panel";
import { RemoveMemberDialog } from "./remove-member-dialog";
import type { TeamPermits } from "./types";

type MembersSectionProps = {
  websiteId: string;
  domain: string;
  timezone: string;
  /** The page of members shown (a search narrows them). */
  members: TeamMember[];
  /** Everyone on the team, whatever the search. */
  teamSize: number;
  /** The search the members were narrowed by; "" for none. */
  query: string;
  /** The search box, shown on large teams; the page links under the list; what shows when nobody matches. */
  search: React.ReactNode;
  pager: React.ReactNode;
  noMatch: React.ReactNode;
  /** For the owner only: who signs in with a second factor. */
  twoFactor?: readonly string[];
  currentUserId: string | null;
  permits: TeamPermits;
  /** Who to ask when this person may not manage the team. */
  ownerName: string | null;
};

function peopleChange(
  member: TeamMember,
  change: PeopleChange["change"],
  offboarding: Offboarding,
): PeopleChange {
  return { userId: member.userId, name: member.name, email: member.email, change, offboarding };
}

/** Website settings → Team: who has access, and for the owner invite / change role / remove. */
export function MembersSection({
  websiteId,
  domain,
  timezone,
  members,
  teamSize,
  query,
  search,
  pager,
  noMatch,
  twoFactor,
  currentUserId,
  permits,
  ownerName,
}: MembersSectionProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const focus = useReturnFocus(heading);
  const [changing, setChanging] = useState<TeamMember | null>(null);
  const [removing, setRemoving] = useState<TeamMember | null>(null);
  const [changed, setChanged] = useState<PeopleChange | null>(null);
  // After a removal (or a demotion that left keys to review) the offboarding panel takes focus;
  // the closing dialog must leave it there.
  const focusTaken = useRef(false);
  const manages = permits.changeRole.ok || permits.remove.ok;

  function open(setter: (member: TeamMember) => void, member: TeamMember, opener: HTMLElement) {
    focus.remember(opener);
    focusTaken.current = false;
    setter(member);
  }

  // Only people with an assignable role can be moved or removed: the owner's row has no buttons.
  const actions = manages
    ? (member: TeamMember) =>
        isAssignableRole(member.role) ? (
          <>
            {permits.changeRole.ok && (
              <Button
                size="sm"
                variant="outline"
                aria-label={`Change role of ${member.name}`}
                onClick={(event) => open(setChanging, member, event.currentTarget)}
              >
                <ArrowRightLeft aria-hidden />
                Change role
              </Button>
            )}
            {permits.remove.ok && (
              <Button
                size="sm"
                variant="ghost-destructive"
                aria-label={`Remove ${member.name}`}
                onClick={(event) => open(setRemoving, member, event.currentTarget)}
              >
                <UserMinus aria-hidden />
                Remove
              </Button>
            )}
          </>
        ) : null
    : undefined;

  return (
    <>
      {changed && (
        <OffboardingPanel
          key={`${changed.userId}:${changed.change}`}
          websiteId={websiteId}
          domain={domain}
          person={changed}
          onDone={() => setChanged(null)}
        />
      )}
      <Card>
        {/* Text and button wrap onto two lines on phones, where a long domain leaves no room beside it. */}
        <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-3 px-6">
          <div className="grid min-w-0 gap-1.5">
            <CardTitle ref={heading} tabIndex={-1}>
              Members
            </CardTitle>
            <CardDescription className="min-w-0 break-words">
              {teamSize === 1 ? "1 person has" : `${teamSize.toLocaleString("en")} people have`} access to{" "}
              {domain}.
            </CardDescription>
          </div>
          {permits.invite.ok && <InviteDialog websiteId={websiteId} domain={domain} />}
        </div>
        <CardContent className="grid gap-4">
          {!permits.invite.ok && (
            <Alert variant="info">
              <AlertTitle>{permits.invite.reason}</AlertTitle>
              <AlertDescription>
                You can see who has access. {ownerName ? `Ask ${ownerName}, the owner,` : "Ask the owner"} to
                invite people, change their roles or remove them.
              </AlertDescription>
            </Alert>
          )}
          {search}
          {members.length === 0 && query ? (
            noMatch
          ) : (
            <MembersList
              caption={query ? `Members of ${domain} matching “${query}”` : `Members of ${domain}`}
              members={members}
              currentUserId={currentUserId}
              timezone={timezone}
              twoFactor={twoFactor}
              actions={actions}
            />
          )}
          {pager}
        </CardContent>
      </Card>
      <ChangeRoleDialog
        websiteId={websiteId}
        member={changing}
        onClose={() => setChanging(null)}
        onChanged={(member, role, offboarding) => {
          toast(`${member.name} is now a ${ROLE_LABEL[role].toLowerCase()}.`);
          if (offboarding.keysToRoll.length > 0 || offboarding.revokedKeys.length > 0) {
            focusTaken.current = true;
            setChanged(peopleChange(member, "demoted", offboarding));
          }
          setChanging(null);
        }}
        onCloseAutoFocus={(event) =>
          focusTaken.current ? event.preventDefault() : focus.onCloseAutoFocus(event)
        }
      />
      <RemoveMemberDialog
        websiteId={websiteId}
        domain={domain}
        member={removing}
        onClose={() => setRemoving(null)}
        onRemoved={(member, offboarding) => {
          toast(`${member.name} no longer has access to ${domain}.`);
          focusTaken.current = true;
          setChanged(peopleChange(member, "removed", offboarding));
          setRemoving(null);
        }}
        onCloseAutoFocus={(event) =>
          focusTaken.current ? event.preventDefault() : focus.onCloseAutoFocus(event)
        }
      />
    </>
  );
}
