import "server-only";
import { isRole, ROLES, type Role } from "@/lib/access";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { requireWebsiteAccess } from "@/lib/websites/website-access";

/** A member of a website as the Team page shows it. */
export type TeamMember = { userId: string; name: string; email: string; role: Role; joinedAt: string };

/** The website's members, owner first, then members and viewers, each oldest first. */
export async function listMembers(actor: Actor, websiteId: string): Promise<TeamMember[]> {
  await requireWebsiteAccess(db(), actor, websiteId, "team.read");
  const rows = await db().membership.findMany({
    where: { websiteId },
    select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows
    .flatMap((row) =>
      isRole(row.role)
        ? [
            {
              userId: row.user.id,
              name: row.user.name,
              email: row.user.email,
              role: row.role,
              joinedAt: row.createdAt.toISOString(),
            },
          ]
        : [],
    )
    .sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role));
}
