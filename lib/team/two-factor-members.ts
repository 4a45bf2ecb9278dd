import "server-only";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { requireWebsiteAccess } from "@/lib/websites/website-access";

/**
 * The members of a website who sign in with a second factor (an authenticator app or a
 * passkey), for its owner's Team page, as GitHub shows an organisation's owners: among `userIds`,
 * the people on the page shown.
 */
export async function membersWithTwoFactor(
  actor: Actor,
  websiteId: string,
  userIds: readonly string[],
): Promise<string[]> {
  await requireWebsiteAccess(db(), actor, websiteId, "team.two-factor.read");
  const rows = await db().membership.findMany({
    where: {
      websiteId,
      userId: { in: [...userIds] },
      user: { OR: [{ totp: { confirmedAt: { not: null } } }, { passkeys: { some: {} } }] },
    },
    select: { userId: true },
  });
  return rows.map((row) => row.userId);
}
