import "server-only";
import { NO_WEBSITE_ACCESS_MESSAGE } from "@/lib/access";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockWebsite } from "@/lib/db/locks";
import { isUuid } from "@/lib/validation/id-input";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import { toAlertDto, type AlertDto } from "./dto";
import { ALERT_NAME_TAKEN_MESSAGE, ALERT_NOT_FOUND_MESSAGE } from "./messages";
import { goalRuleIssue, updateAlertSchema, type UpdateAlertInput } from "./schemas";

const COLUMNS = [
  "name",
  "metric",
  "goal",
  "threshold",
  "comparison",
  "channel",
  "address",
  "enabled",
] as const;

/**
 * Changes some fields of an alert. Moving away from the "goal" metric drops the goal; the
 * merged alert must still satisfy the goal rule. Nothing to change is a no-op (no audit event).
 */
export async function updateAlert(
  actor: Actor,
  ids: { websiteId: string; alertId: string },
  input: UpdateAlertInput,
): Promise<AlertDto> {
  const { websiteId, alertId } = ids;
  const data = updateAlertSchema.parse(input);

  return db().$transaction(async (tx) => {
    if (!(await lockWebsite(tx, { websiteId, mode: "update" })))
      throw new AppError("FORBIDDEN", NO_WEBSITE_ACCESS_MESSAGE);
    await requireWebsiteAccess(tx, actor, websiteId, "alerts.write");
    if (!isUuid(alertId)) throw new AppError("NOT_FOUND", ALERT_NOT_FOUND_MESSAGE);
    const before = await tx.alert.findFirst({ where: { id: alertId, websiteId } });
    if (!before) throw new AppError("NOT_FOUND", ALERT_NOT_FOUND_MESSAGE);

    const metric = data.metric ?? before.metric;
    const merged = {
      name: data.name ?? before.name,
      metric,
      goal: data.goal !== undefined ? data.goal : metric === "goal" ? before.goal : null,
      threshold: data.threshold ?? before.threshold,
      comparison: data.comparison ?? before.comparison,
      channel: data.channel?.type ?? before.channel,
      address: data.channel?.address ?? before.address,
      enabled: data.enabled ?? before.enabled,
    };
    const issue = goalRuleIssue(merged);
    if (issue) throw new AppError("INVALID", issue, { field: "goal" });
    const changed = COLUMNS.filter((column) => merged[column] !== before[column]);
    if (changed.length === 0) return toAlertDto(before);
    if (
      changed.includes("name") &&
      (await tx.alert.findFirst({
        where: { websiteId, name: merged.name, id: { not: alertId } },
        select: { id: true },
      }))
    ) {
      throw new AppError("CONFLICT", ALERT_NAME_TAKEN_MESSAGE, { field: "name" });
    }
    const after = await tx.alert.update({ where: { id: before.id, websiteId }, data: merged });
    await recordAudit(tx, actor, {
      action: "alert.update",
      websiteId,
      targetType: "alert",
      targetId: after.id,
      // Field names only: the address is personal data and stays out of the trail.
      metadata: { name: after.name, changed: [...changed] },
    });
    return toAlertDto(after);
  });
}
