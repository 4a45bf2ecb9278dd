import { RoleBadge } from "@/components/websites/role-badge";
import { Badge } from "@/components/ui/badge";
import { Table, TableCaption, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { TeamMember } from "@/lib/team/list-members";

type MembersListProps = {
  caption: string;
  members: readonly TeamMember[];
  currentUserId: string | null;
  /** The website's timezone: "joined" dates read as the website's reports do. */
  timezone: string;
  /** For the owner: the people who sign in with a second factor (else no two-factor column). */
  twoFactor?: readonly string[];
  /** Row buttons for a person; null when there are none for them (the owner's own row). */
  actions?: (member: TeamMember) => React.ReactNode;
};

function TwoFactorBadge({ on }: { on: boolean }) {
  return on ? <Badge variant="success">2FA on</Badge> : <Badge variant="warning">2FA off</Badge>;
}

function Person({ member, you }: { member: TeamMember; you: boolean }) {
  return (
    <span className="grid min-w-0">
      <span className="font-medium break-words">
        {member.name}
        {you && <span className="font-normal text-muted-foreground"> (you)</span>}
      </span>
      <span className="text-xs break-words text-muted-foreground">{member.email}</span>
    </span>
  );
}

/** The team: a table from `sm` up, cards on phones. Only one is displayed, so only one is in the accessibility tree. */
export function MembersList({
  caption,
  members,
  currentUserId,
  timezone,
  twoFactor,
  actions,
}: MembersListProps) {
  const joined = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: timezone });
  const rows = members.map((member) => ({
    member,
    you: member.userId === currentUserId,
    joined: (
      <time dateTime={member.joinedAt} className="whitespace-nowrap">
        {joined.format(new Date(member.joinedAt))}
      </time>
    ),
    buttons: actions?.(member) ?? null,
    secured: twoFactor?.includes(member.userId) ?? false,
  }));

  return (
    <>
      <div className="hidden sm:block">
        <Table>
          <TableCaption className="sr-only">{caption}</TableCaption>
          <THead>
            <TR>
              <TH className="w-full">Person</TH>
              <TH>Role</TH>
              {twoFactor && <TH>Two-factor</TH>}
              <TH>Joined</TH>
              {actions && (
                <TH>
                  <span className="sr-only">Actions</span>
                </TH>
              )}
            </TR>
          </THead>
          <TBody>
            {rows.map(({ member, you, joined, buttons, secured }) => (
              <TR key={member.userId}>
                <TD>
                  <Person member={member} you={you} />
                </TD>
                <TD>
                  <RoleBadge role={member.role} />
                </TD>
                {twoFactor && (
                  <TD>
                    <TwoFactorBadge on={secured} />
                  </TD>
                )}
                <TD className="text-muted-foreground">{joined}</TD>
                {actions && (
                  <TD>
                    <div className="flex justify-end gap-1 whitespace-nowrap">{buttons}</div>
                  </TD>
                )}
              </TR>
            ))}
          </TBody>
        </Table>
      </div>
      <ul role="list" aria-label={caption} className="grid gap-3 sm:hidden">
        {rows.map(({ member, you, joined, buttons, secured }) => (
          <li key={member.userId} className="grid gap-3 rounded-lg border bg-card p-4 text-sm">
            <div className="flex items-start justify-between gap-3">
              <Person member={member} you={you} />
              <RoleBadge role={member.role} />
            </div>
            <p className="flex flex-wrap items-center gap-2 text-muted-foreground">
              Joined {joined}
              {twoFactor && <TwoFactorBadge on={secured} />}
            </p>
            {buttons && <div className="flex flex-wrap gap-2 border-t pt-3">{buttons}</div>}
          </li>
        ))}
      </ul>
    </>
  );
}
