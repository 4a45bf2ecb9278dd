import "server-only";
import { NO_WEBSITE_ACCESS_MESSAGE } from "@/lib/access";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockWebsite } from "@/lib/db/locks";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import { freeSlug } from "./active-slugs";
import { toFunnelDto, type FunnelDto } from "./dto";
import { FUNNEL_LIMIT_MESSAGE, FUNNEL_NAME_TAKEN_MESSAGE } from "./messages";
import { FUNNEL_LIMIT, createFunnelSchema, type CreateFunnelInput } from "./schemas";
import { withStepIds } from "./steps";

/**
 * Creates a funnel (active, its slug derived from its name, each step with a new id); the check,
 * the limit, the name check, the insert and the audit event commit together.
 */
export async function createFunnel(
  actor: Actor,
  websiteId: string,
  input: CreateFunnelInput,
): Promise<FunnelDto> {
  const data = createFunnelSchema.parse(input);

  return db().$transaction(async (tx) => {
    // The website lock serializes funnel writes on the website: counts and names cannot go stale.
    if (!(await lockWebsite(tx, { websiteId, mode: "update" })))
      throw new AppError("FORBIDDEN", NO_WEBSITE_ACCESS_MESSAGE);
    await requireWebsiteAccess(tx, actor, websiteId, "funnels.write");
    if ((await tx.funnel.count({ where: { websiteId, isActive: true } })) >= FUNNEL_LIMIT)
      throw new AppError("INVALID", FUNNEL_LIMIT_MESSAGE);
    if (
      await tx.funnel.findFirst({
        where: { websiteId, name: data.name, isActive: true },
        select: { id: true },
      })
    ) {
      throw new AppError("CONFLICT", FUNNEL_NAME_TAKEN_MESSAGE, { field: "name" });
    }
    const row = await tx.funnel.create({
      data: {
        websiteId,
        name: data.name,
        slug: await freeSlug(tx, websiteId, data.name),
        steps: withStepIds(data.steps),
      },
    });
    await recordAudit(tx, actor, {
      action: "funnel.create",
      websiteId,
      targetType: "funnel",
      targetId: row.id,
      metadata: { name: row.name, steps: data.steps.length },
    });
    return toFunnelDto(row);
  });
}
