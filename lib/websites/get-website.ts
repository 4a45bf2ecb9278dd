import "server-only";
import { NO_WEBSITE_ACCESS_MESSAGE } from "@/lib/access";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireWebsiteAccess } from "./website-access";
import { toWebsiteDto, type WebsiteDto } from "./website-dto";

/** One website's settings, for anyone who may read them; "no access" also for a missing website. */
export async function getWebsite(actor: Actor, websiteId: string): Promise<WebsiteDto> {
  const { role } = await requireWebsiteAccess(db(), actor, websiteId, "settings.read");
  const website = await db().website.findUnique({ where: { id: websiteId } });
  if (!website) throw new AppError("FORBIDDEN", NO_WEBSITE_ACCESS_MESSAGE);
  return toWebsiteDto(website, role);
}
