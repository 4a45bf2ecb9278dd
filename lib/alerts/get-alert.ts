import "server-only";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/id-input";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import { toAlertDto, WITH_RECENT_LOGS, type AlertDto } from "./dto";
import { ALERT_NOT_FOUND_MESSAGE } from "./messages";

/** One alert of the website; another website's alert is "not found" (queried by both ids). */
export async function getAlert(actor: Actor, ids: { websiteId: string; alertId: string }): Promise<AlertDto> {
  await requireWebsiteAccess(db(), actor, ids.websiteId, "alerts.read");
  if (!isUuid(ids.alertId)) throw new AppError("NOT_FOUND", ALERT_NOT_FOUND_MESSAGE);
  const row = await db().alert.findFirst({
    where: { id: ids.alertId, websiteId: ids.websiteId },
    include: WITH_RECENT_LOGS,
  });
  if (!row) throw new AppError("NOT_FOUND", ALERT_NOT_FOUND_MESSAGE);
  return toAlertDto(row);
}
