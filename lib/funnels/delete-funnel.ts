import "server-only";
import { NO_WEBSITE_ACCESS_MESSAGE } from "@/lib/access";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockWebsite } from "@/lib/db/locks";
import { isUuid } from "@/lib/validation/id-input";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import { FUNNEL_NOT_FOUND_MESSAGE } from "./messages";

/**
 * Deletes a funnel of the website, softly as DataFast does: it becomes inactive, is never answered
 * again (404) and frees its name and slug; the row stays. Another website's funnel, or one
 * already deleted, is "not found". Audited.
 */
export async function deleteFunnel(
  actor: Actor,
  ids: { websiteId: string; funnelId: string },
): Promise<void> {
  const { websiteId, funnelId } = ids;

  await db().$transaction(async (tx) => {
    if (!(await lockWebsite(tx, { websiteId, mode: "update" })))
      throw new AppError("FORBIDDEN", NO_WEBSITE_ACCESS_MESSAGE);
    await requireWebsiteAccess(tx, actor, websiteId, "funnels.write");
    if (!isUuid(funnelId)) throw new AppError("NOT_FOUND", FUNNEL_NOT_FOUND_MESSAGE);
    // Both ids in every condition: a funnel of another website is never read or touched.
    const row = await tx.funnel.findFirst({
      where: { id: funnelId, websiteId, isActive: true },
      select: { id: true, name: true },
    });
    if (!row) throw new AppError("NOT_FOUND", FUNNEL_NOT_FOUND_MESSAGE);
    const { count } = await tx.funnel.updateMany({
      where: { id: row.id, websiteId, isActive: true },
      data: { isActive: false },
    });
    if (count !== 1) throw new AppError("NOT_FOUND", FUNNEL_NOT_FOUND_MESSAGE);
    await recordAudit(tx, actor, {
      action: "funnel.delete",
      websiteId,
      targetType: "funnel",
      targetId: row.id,
      metadata: { name: row.name },
    });
  });
}
