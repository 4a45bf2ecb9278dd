import "server-only";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import { toFunnelDto, type FunnelDto } from "./dto";

/** The website's active funnels (at most FUNNEL_LIMIT), oldest first; deleted ones are never listed. */
export async function listFunnels(actor: Actor, websiteId: string): Promise<FunnelDto[]> {
  await requireWebsiteAccess(db(), actor, websiteId, "funnels.read");
  const rows = await db().funnel.findMany({
    where: { websiteId, isActive: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map(toFunnelDto);
}
