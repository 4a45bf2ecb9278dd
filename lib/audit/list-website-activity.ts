import "server-only";
import { NO_WEBSITE_ACCESS_MESSAGE, seesRequestDetails } from "@/lib/access";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import type { ActivityQuery } from "./activity-query";
import { listActivity, type ActivityPage } from "./list-activity";

/**
 * The website's audit trail, for anyone who may read its settings (owners, members, viewers).
 * Anyone else gets the same refusal as for a website that does not exist. IP addresses and user
 * agents are left out for everyone but the owner.
 */
export async function listWebsiteActivity(
  actor: Actor,
  websiteId: string,
  query: ActivityQuery = {},
): Promise<ActivityPage> {
  const { role } = await requireWebsiteAccess(db(), actor, websiteId, "audit.read");
  const website = await db().website.findUnique({ where: { id: websiteId }, select: { domain: true } });
  if (!website) throw new AppError("FORBIDDEN", NO_WEBSITE_ACCESS_MESSAGE);
  const page = await listActivity({ websiteId }, query, new Map([[websiteId, website.domain]]));
  if (seesRequestDetails(role)) return page;
  return { ...page, items: page.items.map((item) => ({ ...item, ip: null, userAgent: null })) };
}
