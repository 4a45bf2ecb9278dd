import "server-only";
import { NO_WEBSITE_ACCESS_MESSAGE } from "@/lib/access";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockWebsite } from "@/lib/db/locks";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import { toAlertDto, type AlertDto } from "./dto";
import { ALERT_LIMIT_MESSAGE, ALERT_NAME_TAKEN_MESSAGE } from "./messages";
import { ALERT_LIMIT, createAlertSchema, type CreateAlertInput } from "./schemas";

/** Creates a goal alert; the check, the limit, the name check, the insert and the audit event commit together. */
export async function createAlert(
  actor: Actor,
  websiteId: string,
  input: CreateAlertInput,
): Promise<AlertDto> {
  const data = createAlertSchema.parse(input);

  return db().$transaction(async (tx) => {
    // The website lock serializes alert writes on the website: counts and names cannot go stale.
    if (!(await lockWebsite(tx, { websiteId, mode: "update" })))
      throw new AppError("FORBIDDEN", NO_WEBSITE_ACCESS_MESSAGE);
    await requireWebsiteAccess(tx, actor, websiteId, "alerts.write");
    // DataFast answers the limit with a 403; threshold alerts kept from before count too.
    if ((await tx.alert.count({ where: { websiteId } })) >= ALERT_LIMIT)
      throw new AppError("FORBIDDEN", ALERT_LIMIT_MESSAGE);
    if (await tx.alert.findFirst({ where: { websiteId, name: data.name }, select: { id: true } })) {
      throw new AppError("CONFLICT", ALERT_NAME_TAKEN_MESSAGE, { field: "name" });
    }
    const row = await tx.alert.create({
      data: {
        websiteId,
        name: data.name,
        kind: "goal",
        goalName: data.trigger.goalName,
        subject: data.template.subject ?? null,
        message: data.template.message,
        enabled: data.isEnabled,
      },
    });
    await recordAudit(tx, actor, {
      action: "alert.create",
      websiteId,
      targetType: "alert",
      targetId: row.id,
      metadata: { name: row.name, goalName: row.goalName },
    });
    return toAlertDto({ ...row, logs: [] });
  });
}
