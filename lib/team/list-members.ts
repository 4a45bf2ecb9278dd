import "server-only";
import { isRole, type Role } from "@/lib/access";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { likeLiteral } from "@/lib/db/like-literal";
import { pageWindow, type PagePosition } from "@/lib/pagination/page-window";
import { requireWebsiteAccess } from "@/lib/websites/website-access";

/** A member of a website as the Team page shows it. */
export type TeamMember = { userId: string; name: string; email: string; role: Role; joinedAt: string };

export const MEMBERS_PAGE_SIZE = 50;

/** `total` counts the members matching the search (every member without one). */
export type MembersPage = PagePosition & {
  members: TeamMember[];
  /** Everyone on the team, whatever the search. */
  teamSize: number;
  /** The website's owner, whichever page they are on. */
  owner: TeamMember | null;
};

const MEMBER_SELECT = {
  role: true,
  createdAt: true,
  user: { select: { id: true, name: true, email: true } },
} as const;
// Role is a PostgreSQL enum declared owner, member, viewer: ascending is the Team page's order.
const MEMBER_ORDER: Prisma.MembershipOrderByWithRelationInput[] = [
  { role: "asc" },
  { createdAt: "asc" },
  { id: "asc" },
];

type MemberRow = Prisma.MembershipGetPayload<{ select: typeof MEMBER_SELECT }>;

function toTeamMembers(rows: MemberRow[]): TeamMember[] {
  return rows.flatMap((row) =>
    isRole(row.role)
      ? [
          {
            userId: row.user.id,
            name: row.user.name,
            email: row.user.email,
            role: row.role,
            joinedAt: row.createdAt.toISOString(),
          },
        ]
      : [],
  );
}

/** The website's members, owner first, then members and viewers, each oldest first (the REST list). */
export async function listMembers(actor: Actor, websiteId: string): Promise<TeamMember[]> {
  await requireWebsiteAccess(db(), actor, websiteId, "team.read");
  const rows = await db().membership.findMany({
    where: { websiteId },
    select: MEMBER_SELECT,
    orderBy: MEMBER_ORDER,
  });
  return toTeamMembers(rows);
}

/**
 * One page of the website's members in the Team page's order, only those whose name or email
 * contains `query` when it is given: bounded however large the team. A page past the last one
 * answers the last page.
 */
export async function listMembersPage(
  actor: Actor,
  websiteId: string,
  {
    query = "",
    page = 1,
    pageSize = MEMBERS_PAGE_SIZE,
  }: { query?: string; page?: number; pageSize?: number },
): Promise<MembersPage> {
  await requireWebsiteAccess(db(), actor, websiteId, "team.read");
  const where: Prisma.MembershipWhereInput = {
    websiteId,
    ...(query
      ? {
          user: {
            OR: [
              { name: { contains: likeLiteral(query), mode: "insensitive" } },
              { email: { contains: likeLiteral(query), mode: "insensitive" } },
            ],
          },
        }
      : {}),
  };
  const [total, teamSize, owner] = await Promise.all([
    db().membership.count({ where }),
    query ? db().membership.count({ where: { websiteId } }) : undefined,
    db().membership.findFirst({ where: { websiteId, role: "owner" }, select: MEMBER_SELECT }),
  ]);
  const paging = pageWindow(total, page, pageSize);
  const rows = await db().membership.findMany({
    where,
    select: MEMBER_SELECT,
    orderBy: MEMBER_ORDER,
    skip: paging.skip,
    take: pageSize,
  });
  return {
    members: toTeamMembers(rows),
    total,
    teamSize: teamSize ?? total,
    page: paging.page,
    pageCount: paging.pageCount,
    owner: owner ? (toTeamMembers([owner])[0] ?? null) : null,
  };
}
