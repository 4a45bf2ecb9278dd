import "server-only";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import { toAlertDto, WITH_RECENT_LOGS, type AlertDto } from "./dto";

/** The website's alerts, oldest first, each with its recent sends. */
export async function listAlerts(actor: Actor, websiteId: string): Promise<AlertDto[]> {
  await requireWebsiteAccess(db(), actor, websiteId, "alerts.read");
  const rows = await db().alert.findMany({
    where: { websiteId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: WITH_RECENT_LOGS,
  });
  return rows.map(toAlertDto);
}
