import "server-only";
import { invalidateOverview } from "@/lib/analytics/overview-cache";
import { NO_WEBSITE_ACCESS_MESSAGE } from "@/lib/access";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockWebsite } from "@/lib/db/locks";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import { toIdentityDto, type IdentifiedVisitor } from "./dto";
import { identifySchema, type IdentifyInput } from "./schemas";

/**
 * Links a visitor to a user of the website's product: one profile per (website, visitor),
 * upserted. `user_id` always replaces; `name`, `email` and `metadata` replace when sent and are
 * kept when left out. Data, not configuration: not written to the audit trail.
 */
export async function identifyVisitor(
  actor: Actor,
  websiteId: string,
  input: IdentifyInput,
): Promise<IdentifiedVisitor> {
  const data = identifySchema.parse(input);
  const changes = {
    userId: data.user_id,
    ...(data.name !== undefined ? { name: data.name } : {}),
    ...(data.email !== undefined ? { email: data.email } : {}),
    ...(data.metadata !== undefined ? { metadata: data.metadata } : {}),
  };

  const identified = await db().$transaction(async (tx) => {
    if (!(await lockWebsite(tx, { websiteId, mode: "share" })))
      throw new AppError("FORBIDDEN", NO_WEBSITE_ACCESS_MESSAGE);
    await requireWebsiteAccess(tx, actor, websiteId, "identify.write");
    const key = { websiteId, visitorId: data.datafast_visitor_id };
    // Only the message depends on this read; the upsert itself is one atomic statement.
    const existed = await tx.identity.findUnique({
      where: { websiteId_visitorId: key },
      select: { id: true },
    });
    const row = await tx.identity.upsert({
      where: { websiteId_visitorId: key },
      create: { ...key, ...changes },
      update: changes,
    });
    const message = existed ? "User profile updated successfully" : "User profile created successfully";
    return { message, profileId: row.id, ...toIdentityDto(row) };
  });
  invalidateOverview(websiteId);
  return identified;
}
