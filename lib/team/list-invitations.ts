import "server-only";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { pageWindow, type PagePosition } from "@/lib/pagination/page-window";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import { INVITATION_INCLUDE, toInvitationDto, type InvitationDto } from "./invitation-dto";

export const INVITATIONS_PAGE_SIZE = 50;

export type InvitationsPage = PagePosition & { invitations: InvitationDto[] };

const pending = (websiteId: string): Prisma.InvitationWhereInput => ({
  websiteId,
  acceptedAt: null,
  revokedAt: null,
});
// uuid v7 ids grow with time, so they order invitations made in the same millisecond.
const NEWEST_FIRST: Prisma.InvitationOrderByWithRelationInput[] = [{ createdAt: "desc" }, { id: "desc" }];

/** Invitations not yet accepted or revoked (expired ones included, marked), newest first (the REST list). */
export async function listInvitations(actor: Actor, websiteId: string): Promise<InvitationDto[]> {
  await requireWebsiteAccess(db(), actor, websiteId, "team.read");
  const rows = await db().invitation.findMany({
    where: pending(websiteId),
    include: INVITATION_INCLUDE,
    orderBy: NEWEST_FIRST,
  });
  const now = new Date();
  return rows.map((row) => toInvitationDto(row, now));
}

/** One page of the pending invitations, newest first; a page past the last one answers the last page. */
export async function listInvitationsPage(
  actor: Actor,
  websiteId: string,
  { page = 1, pageSize = INVITATIONS_PAGE_SIZE }: { page?: number; pageSize?: number },
): Promise<InvitationsPage> {
  await requireWebsiteAccess(db(), actor, websiteId, "team.read");
  const total = await db().invitation.count({ where: pending(websiteId) });
  const paging = pageWindow(total, page, pageSize);
  const rows = await db().invitation.findMany({
    where: pending(websiteId),
    include: INVITATION_INCLUDE,
    orderBy: NEWEST_FIRST,
    skip: paging.skip,
    take: pageSize,
  });
  const now = new Date();
  return {
    invitations: rows.map((row) => toInvitationDto(row, now)),
    total,
    page: paging.page,
    pageCount: paging.pageCount,
  };
}
