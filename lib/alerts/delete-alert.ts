import "server-only";
import { NO_WEBSITE_ACCESS_MESSAGE } from "@/lib/access";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockWebsite } from "@/lib/db/locks";
import { isUuid } from "@/lib/validation/id-input";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import { ALERT_NOT_FOUND_MESSAGE } from "./messages";

/** Deletes an alert of the website (another website's alert is "not found"); audited. */
export async function deleteAlert(actor: Actor, ids: { websiteId: string; alertId: string }): Promise<void> {
  const { websiteId, alertId } = ids;

  await db().$transaction(async (tx) => {
    if (!(await lockWebsite(tx, { websiteId, mode: "update" })))
      throw new AppError("FORBIDDEN", NO_WEBSITE_ACCESS_MESSAGE);
    await requireWebsiteAccess(tx, actor, websiteId, "alerts.write");
    if (!isUuid(alertId)) throw new AppError("NOT_FOUND", ALERT_NOT_FOUND_MESSAGE);
    // Both ids in every condition: an alert of another website is never read or touched.
    const row = await tx.alert.findFirst({
      where: { id: alertId, websiteId },
      select: { id: true, name: true },
    });
    if (!row) throw new AppError("NOT_FOUND", ALERT_NOT_FOUND_MESSAGE);
    const { count } = await tx.alert.deleteMany({ where: { id: row.id, websiteId } });
    if (count !== 1) throw new AppError("NOT_FOUND", ALERT_NOT_FOUND_MESSAGE);
    await recordAudit(tx, actor, {
      action: "alert.delete",
      websiteId,
      targetType: "alert",
      targetId: row.id,
      metadata: { name: row.name },
    });
  });
}
