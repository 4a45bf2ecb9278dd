import "server-only";
import { invalidateOverview } from "@/lib/analytics/overview-cache";
import { NO_WEBSITE_ACCESS_MESSAGE } from "@/lib/access";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db, type Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockWebsite } from "@/lib/db/locks";
import { updateWebsiteSchema, type UpdateWebsiteInput } from "./schemas";
import { requireWebsiteAccess } from "./website-access";
import { toWebsiteDto, type WebsiteDto } from "./website-dto";

type Tx = Prisma.TransactionClient;
const FIELDS = ["domain", "name", "timezone", "currency"] as const;

// Same rule as createWebsite: one website per domain in a person's account. The person is the
// one acting, or — for a website key, which has none — the website's owner.
async function checkDomainFree(tx: Tx, actor: Actor, websiteId: string, domain: string): Promise<void> {
  const owner = await tx.membership.findFirst({
    where: { websiteId, role: "owner" },
    select: { userId: true },
  });
  const person = actor.userId ?? owner?.userId;
  if (!person) return;
  const duplicate = await tx.website.findFirst({
    where: { id: { not: websiteId }, domain, memberships: { some: { userId: person } } },
    select: { id: true },
  });
  if (duplicate)
    throw new AppError("CONFLICT", `You already have a website for ${domain}.`, { field: "domain" });
}

/** Changes a website's name, domain, timezone or currency (members and owners); audited with before/after. */
export async function updateWebsite(
  actor: Actor,
  websiteId: string,
  input: UpdateWebsiteInput,
): Promise<WebsiteDto> {
  const data = updateWebsiteSchema.parse(input);

  const updated = await db().$transaction(async (tx) => {
    await lockWebsite(tx, { websiteId, mode: "update" });
    const { role } = await requireWebsiteAccess(tx, actor, websiteId, "settings.write");
    const before = await tx.website.findUnique({ where: { id: websiteId } });
    if (!before) throw new AppError("FORBIDDEN", NO_WEBSITE_ACCESS_MESSAGE);
    const changed = FIELDS.filter((field) => data[field] !== undefined && data[field] !== before[field]);
    if (changed.length === 0) return toWebsiteDto(before, role);
    if (data.domain !== undefined && changed.includes("domain"))
      await checkDomainFree(tx, actor, websiteId, data.domain);

    const after = await tx.website.update({
      where: { id: websiteId },
      data: Object.fromEntries(changed.map((field) => [field, data[field]])),
    });
    await recordAudit(tx, actor, {
      action: "website.update",
      websiteId,
      targetType: "website",
      targetId: websiteId,
      metadata: {
        changes: Object.fromEntries(
          changed.map((field) => [field, { from: before[field], to: after[field] }]),
        ),
      },
    });
    return toWebsiteDto(after, role);
  });
  invalidateOverview(websiteId);
  return updated;
}
