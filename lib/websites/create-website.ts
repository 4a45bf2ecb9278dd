import "server-only";
import { requireAccountAccess } from "./website-access";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createWebsiteSchema, type CreateWebsiteInput } from "./schemas";
import { newTrackingId } from "./tracking-id";
import { toWebsiteDto, type WebsiteDto } from "./website-dto";

/** Creates a website; the acting person becomes its owner. */
export async function createWebsite(actor: Actor, input: CreateWebsiteInput): Promise<WebsiteDto> {
  const userId = requireAccountAccess(actor, "websites.create");
  const data = createWebsiteSchema.parse(input);

  return db().$transaction(async (tx) => {
    const duplicate = await tx.membership.findFirst({
      where: { userId, website: { domain: data.domain } },
      select: { id: true },
    });
    if (duplicate) {
      throw new AppError("CONFLICT", `You already have a website for ${data.domain}.`, { field: "domain" });
    }
    const website = await tx.website.create({
      data: {
        domain: data.domain,
        name: data.name ?? data.domain,
        timezone: data.timezone,
        currency: data.currency,
        trackingId: newTrackingId(),
        memberships: { create: { userId, role: "owner" } },
      },
    });
    await recordAudit(tx, actor, {
      action: "website.create",
      websiteId: website.id,
      targetType: "website",
      targetId: website.id,
      metadata: { domain: website.domain },
    });
    return toWebsiteDto(website, "owner");
  });
}
