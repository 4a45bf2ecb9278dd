import "server-only";
import { isRole } from "@/lib/access";
import { requireAccountAccess } from "./website-access";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { toWebsiteDto, type WebsiteDto } from "./website-dto";

/** The websites the actor can reach (a token's allow-list narrows them), with the person's role. */
export async function listWebsites(actor: Actor): Promise<WebsiteDto[]> {
  const userId = requireAccountAccess(actor, "websites.list");
  const scope = actor.principal.kind === "account-token" ? actor.principal.websiteIds : "all";
  const memberships = await db().membership.findMany({
    where: { userId, ...(scope === "all" ? {} : { websiteId: { in: [...scope] } }) },
    include: { website: true },
    orderBy: { website: { name: "asc" } },
  });
  return memberships.filter((m) => isRole(m.role)).map((m) => toWebsiteDto(m.website, m.role));
}
