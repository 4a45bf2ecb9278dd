import "server-only";
import { NO_WEBSITE_ACCESS_MESSAGE } from "@/lib/access";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockWebsite } from "@/lib/db/locks";
import { deleteWebsiteSchema, type DeleteWebsiteInput } from "./schemas";
import { requireWebsiteAccess } from "./website-access";

/**
 * Deletes a website (owner only). In the dashboard the owner types the domain to confirm; a
 * REST call (an explicit DELETE with a token that passed the owner-only check) passes null. The database
 * cascades its memberships, invitations, keys (their secrets stop verifying) and every token
 * allow-list entry; an allow-list left empty reaches no website, never all of them.
 */
export async function deleteWebsite(
  actor: Actor,
  websiteId: string,
  input: DeleteWebsiteInput | null,
): Promise<void> {
  const confirmDomain = input === null ? null : deleteWebsiteSchema.parse(input).confirmDomain;
  if (confirmDomain === null && actor.principal.kind === "session") {
    throw new AppError("INVALID", "Type the website's domain to confirm.", { field: "confirmDomain" });
  }

  await db().$transaction(async (tx) => {
    await lockWebsite(tx, { websiteId, mode: "update" });
    // Authorization comes before the confirmation, so the error message (which names the
    // domain) is only ever shown to the owner.
    await requireWebsiteAccess(tx, actor, websiteId, "website.delete");
    const website = await tx.website.findUnique({
      where: { id: websiteId },
      select: { id: true, domain: true },
    });
    if (!website) throw new AppError("FORBIDDEN", NO_WEBSITE_ACCESS_MESSAGE);
    if (confirmDomain !== null && confirmDomain.trim() !== website.domain) {
      throw new AppError("INVALID", `Type ${website.domain} to confirm.`, { field: "confirmDomain" });
    }
    const keys = await tx.websiteKey.count({ where: { websiteId, revokedAt: null } });
    await tx.website.delete({ where: { id: websiteId } });
    await recordAudit(tx, actor, {
      action: "website.delete",
      websiteId,
      targetType: "website",
      targetId: websiteId,
      metadata: { domain: website.domain, activeKeysRemoved: keys },
    });
  });
}
