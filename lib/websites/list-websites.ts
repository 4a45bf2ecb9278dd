import "server-only";
import { requireAccountAccess } from "./website-access";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { likeLiteral } from "@/lib/db/like-literal";
import type { Prisma } from "@/lib/db/generated/client";
import { pageWindow, type PagePosition } from "@/lib/pagination/page-window";
import { toWebsiteDto, type WebsiteDto } from "./website-dto";

/** The actor's memberships it may list (a token's allow-list narrows them), as a Prisma filter. */
function reachable(actor: Actor, query = ""): Prisma.MembershipWhereInput {
  const userId = requireAccountAccess(actor, "websites.list");
  const scope = actor.principal.kind === "account-token" ? actor.principal.websiteIds : "all";
  return {
    userId,
    ...(scope === "all" ? {} : { websiteId: { in: [...scope] } }),
    ...(query
      ? {
          website: {
            OR: [
              { name: { contains: likeLiteral(query), mode: "insensitive" } },
              { domain: { contains: likeLiteral(query), mode: "insensitive" } },
            ],
          },
        }
      : {}),
  };
}

/** Every website the actor can reach, with the person's role (the REST list: DataFast pages nothing). */
export async function listWebsites(actor: Actor): Promise<WebsiteDto[]> {
  const memberships = await db().membership.findMany({
    where: reachable(actor),
    include: { website: true },
    orderBy: [{ website: { name: "asc" } }, { websiteId: "asc" }],
  });
  return memberships.map((m) => toWebsiteDto(m.website, m.role));
}

export const WEBSITES_PAGE_SIZE = 60;

export type WebsitesPage = PagePosition & { websites: WebsiteDto[] };

/**
 * One page of the actor's websites by name, only those whose name or domain contains `query` when
 * it is given: what the dashboard shows, bounded however many websites a person belongs to. A page
 * past the last one answers the last page.
 */
export async function listWebsitesPage(
  actor: Actor,
  {
    query = "",
    page = 1,
    pageSize = WEBSITES_PAGE_SIZE,
  }: { query?: string; page?: number; pageSize?: number },
): Promise<WebsitesPage> {
  const where = reachable(actor, query);
  const total = await db().membership.count({ where });
  const paging = pageWindow(total, page, pageSize);
  const memberships = await db().membership.findMany({
    where,
    include: { website: true },
    orderBy: [{ website: { name: "asc" } }, { websiteId: "asc" }],
    skip: paging.skip,
    take: pageSize,
  });
  return {
    websites: memberships.map((m) => toWebsiteDto(m.website, m.role)),
    total,
    page: paging.page,
    pageCount: paging.pageCount,
  };
}
