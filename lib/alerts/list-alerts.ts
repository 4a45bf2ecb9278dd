import "server-only";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import { toAlertDto, type AlertDto } from "./dto";

/** The website's alerts (at most ALERT_LIMIT), oldest first. */
export async function listAlerts(actor: Actor, websiteId: string): Promise<AlertDto[]> {
  await requireWebsiteAccess(db(), actor, websiteId, "alerts.read");
  const rows = await db().alert.findMany({
    where: { websiteId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map(toAlertDto);
}
