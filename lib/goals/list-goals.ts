import "server-only";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { DEFAULT_LIST_LIMIT, MAX_LIST_LIMIT } from "@/lib/tracking/schemas";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import { toGoalDto, type GoalDto } from "./dto";

/** The website's most recent goal events, newest first (at most 100 per call). */
export async function listGoals(
  actor: Actor,
  websiteId: string,
  options: { limit?: number } = {},
): Promise<GoalDto[]> {
  await requireWebsiteAccess(db(), actor, websiteId, "goals.read");
  const limit = Math.min(MAX_LIST_LIMIT, Math.max(1, Math.trunc(options.limit ?? DEFAULT_LIST_LIMIT) || 1));
  const rows = await db().event.findMany({
    where: { websiteId },
    // uuid v7 ids grow with time, so they break ties between events of the same millisecond.
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
  });
  return rows.map(toGoalDto);
}
