import "server-only";
import { NO_WEBSITE_ACCESS_MESSAGE } from "@/lib/access";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/id-input";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import { lockWebsite } from "@/lib/db/locks";
import { freeSlug } from "./active-slugs";
import { stepsFromJson, toFunnelDto, type FunnelDto } from "./dto";
import { FUNNEL_NAME_TAKEN_MESSAGE, FUNNEL_NOT_FOUND_MESSAGE } from "./messages";
import { updateFunnelSchema, type UpdateFunnelInput } from "./schemas";
import { sameSteps, withStepIds } from "./steps";

/**
 * Renames an active funnel (its slug follows the new name) or replaces its steps: PUT is partial,
 * a missing field keeps its value. Steps identical to the current ones at their position keep
 * their ids. Nothing to change is a no-op (no audit event). A funnel stored with 9 or 10 steps
 * before the limit of 8 may be renamed and keeps them; new steps are held to 2–8.
 */
export async function updateFunnel(
  actor: Actor,
  ids: { websiteId: string; funnelId: string },
  input: UpdateFunnelInput,
): Promise<FunnelDto> {
  const { websiteId, funnelId } = ids;
  const data = updateFunnelSchema.parse(input);

  return db().$transaction(async (tx) => {
    if (!(await lockWebsite(tx, { websiteId, mode: "update" })))
      throw new AppError("FORBIDDEN", NO_WEBSITE_ACCESS_MESSAGE);
    await requireWebsiteAccess(tx, actor, websiteId, "funnels.write");
    if (!isUuid(funnelId)) throw new AppError("NOT_FOUND", FUNNEL_NOT_FOUND_MESSAGE);
    const before = await tx.funnel.findFirst({ where: { id: funnelId, websiteId, isActive: true } });
    if (!before) throw new AppError("NOT_FOUND", FUNNEL_NOT_FOUND_MESSAGE);

    const renamed = data.name !== undefined && data.name !== before.name;
    // Compared field by field: jsonb keeps its own key order, so the stored text can't be compared.
    const current = stepsFromJson(before.steps);
    const restepped = data.steps !== undefined && !sameSteps(data.steps, current);
    if (!renamed && !restepped) return toFunnelDto(before);
    if (
      renamed &&
      (await tx.funnel.findFirst({
        where: { websiteId, name: data.name, isActive: true, id: { not: funnelId } },
        select: { id: true },
      }))
    ) {
      throw new AppError("CONFLICT", FUNNEL_NAME_TAKEN_MESSAGE, { field: "name" });
    }
    const after = await tx.funnel.update({
      where: { id: before.id, websiteId },
      data: {
        ...(renamed ? { name: data.name, slug: await freeSlug(tx, websiteId, data.name!, before.id) } : {}),
        ...(restepped ? { steps: withStepIds(data.steps!, current) } : {}),
      },
    });
    await recordAudit(tx, actor, {
      action: "funnel.update",
      websiteId,
      targetType: "funnel",
      targetId: after.id,
      metadata: {
        name: after.name,
        ...(renamed ? { renamedFrom: before.name } : {}),
        ...(restepped ? { steps: data.steps!.length } : {}),
      },
    });
    return toFunnelDto(after);
  });
}
