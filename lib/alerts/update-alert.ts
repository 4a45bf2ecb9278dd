import "server-only";
import { NO_WEBSITE_ACCESS_MESSAGE } from "@/lib/access";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import type { Alert } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { lockWebsite } from "@/lib/db/locks";
import { isUuid } from "@/lib/validation/id-input";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import { toAlertDto, WITH_RECENT_LOGS, type AlertDto } from "./dto";
import { ALERT_NAME_TAKEN_MESSAGE, ALERT_NEEDS_MESSAGE, ALERT_NOT_FOUND_MESSAGE } from "./messages";
import { updateAlertSchema, type UpdateAlertInput } from "./schemas";

const COLUMNS = [
  "name",
  "kind",
  "goalName",
  "subject",
  "message",
  "metric",
  "goal",
  "threshold",
  "comparison",
  "enabled",
] as const;
type Columns = Pick<Alert, (typeof COLUMNS)[number]>;

/** The alert after a partial update: a trigger makes it a goal alert (a threshold alert drops its threshold). */
function merge(before: Alert, data: ReturnType<typeof updateAlertSchema.parse>): Columns {
  const threshold = data.trigger
    ? {
        kind: "goal" as const,
        goalName: data.trigger.goalName,
        metric: null,
        goal: null,
        threshold: null,
        comparison: null,
      }
    : {
        kind: before.kind,
        goalName: before.goalName,
        metric: before.metric,
        goal: before.goal,
        threshold: before.threshold,
        comparison: before.comparison,
      };
  return {
    name: data.name ?? before.name,
    ...threshold,
    subject: data.template?.subject !== undefined ? data.template.subject : before.subject,
    message: data.template?.message ?? before.message,
    enabled: data.isEnabled ?? before.enabled,
  };
}

/**
 * Changes the fields sent (DataFast's partial PUT); in `template`, a missing message or subject
 * keeps its value. Nothing to change is a no-op (no audit event).
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
    const before = await tx.alert.findFirst({ where: { id: alertId, websiteId }, include: WITH_RECENT_LOGS });
    if (!before) throw new AppError("NOT_FOUND", ALERT_NOT_FOUND_MESSAGE);

    const merged = merge(before, data);
    if (merged.kind === "goal" && merged.message === null)
      throw new AppError("INVALID", ALERT_NEEDS_MESSAGE, { field: "template" });
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
    const after = await tx.alert.update({
      where: { id: before.id, websiteId },
      data: merged,
      include: WITH_RECENT_LOGS,
    });
    await recordAudit(tx, actor, {
      action: "alert.update",
      websiteId,
      targetType: "alert",
      targetId: after.id,
      // Field names only: the message and subject are the owner's text and stay out of the trail.
      metadata: { name: after.name, changed: [...changed] },
    });
    return toAlertDto(after);
  });
}
