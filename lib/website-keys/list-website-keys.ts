import "server-only";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import { WEBSITE_KEY_INCLUDE, toWebsiteKeyDto, type WebsiteKeyDto } from "./dto";

/** The website's keys that are not revoked, newest first, as display forms only. */
export async function listWebsiteKeys(actor: Actor, websiteId: string): Promise<WebsiteKeyDto[]> {
  await requireWebsiteAccess(db(), actor, websiteId, "api-keys.read");
  const rows = await db().websiteKey.findMany({
    where: { websiteId, revokedAt: null },
    include: WEBSITE_KEY_INCLUDE,
    // uuid v7 ids grow with time, so they break ties between keys made in the same millisecond.
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return rows.map(toWebsiteKeyDto);
}
