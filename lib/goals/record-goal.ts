import "server-only";
import { sendGoalAlerts } from "@/lib/alerts/send-goal-alerts";
import { invalidateOverview } from "@/lib/analytics/overview-cache";
import { NO_WEBSITE_ACCESS_MESSAGE } from "@/lib/access";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockWebsite } from "@/lib/db/locks";
import { logUnexpected } from "@/lib/log-unexpected";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import { toGoalDto, type RecordedGoal } from "./dto";
import { recordGoalSchema, type RecordGoalInput } from "./schemas";

/**
 * Records a custom goal event for a visitor. Data, not configuration: it is not written to the
 * audit trail (the row itself is the record). Check and insert commit together. The goal alerts
 * watching it are sent off the request path: a slow mail server never holds the tracking call.
 */
export async function recordGoal(
  actor: Actor,
  websiteId: string,
  input: RecordGoalInput,
): Promise<RecordedGoal> {
  const data = recordGoalSchema.parse(input);

  const recorded = await db().$transaction(async (tx) => {
    // A website deleted meanwhile reads as "no access", never as a foreign-key failure.
    if (!(await lockWebsite(tx, { websiteId, mode: "share" })))
      throw new AppError("FORBIDDEN", NO_WEBSITE_ACCESS_MESSAGE);
    await requireWebsiteAccess(tx, actor, websiteId, "goals.write");
    const row = await tx.event.create({
      data: { websiteId, visitorId: data.datafast_visitor_id, name: data.name, metadata: data.metadata },
    });
    return { message: "Custom event created successfully", eventId: row.id, ...toGoalDto(row) };
  });
  invalidateOverview(websiteId);
  void sendGoalAlerts({ websiteId, goalName: recorded.name, visitorId: data.datafast_visitor_id }).catch(
    (error: unknown) => void logUnexpected("goal-alerts", error),
  );
  return recorded;
}
