import "server-only";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/id-input";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import { toFunnelDto, type FunnelDto } from "./dto";
import { FUNNEL_NOT_FOUND_MESSAGE } from "./messages";

/**
 * One active funnel of the website; another website's funnel, or a deleted one, is "not found"
 * (queried by both ids).
 */
export async function getFunnel(
  actor: Actor,
  ids: { websiteId: string; funnelId: string },
): Promise<FunnelDto> {
  await requireWebsiteAccess(db(), actor, ids.websiteId, "funnels.read");
  if (!isUuid(ids.funnelId)) throw new AppError("NOT_FOUND", FUNNEL_NOT_FOUND_MESSAGE);
  const row = await db().funnel.findFirst({
    where: { id: ids.funnelId, websiteId: ids.websiteId, isActive: true },
  });
  if (!row) throw new AppError("NOT_FOUND", FUNNEL_NOT_FOUND_MESSAGE);
  return toFunnelDto(row);
}
