import "server-only";
import {
  authorize,
  isRole,
  keyActingRole,
  NO_WEBSITE_ACCESS_MESSAGE,
  type Operation,
  type Role,
} from "@/lib/access";
import type { Actor } from "@/lib/actor";
import { db, directQuery, type Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/id-input";

type Tx = Prisma.TransactionClient;

/**
 * The actor's current role on the website, read from the database on every call. Inside a
 * transaction the membership row is locked (FOR SHARE) until commit, so a removal or demotion
 * waits for the act being checked, or the act sees it: check and write are atomic. Outside one
 * (plain reads) a lock would end with the statement anyway, and would cost a row write; the read
 * goes straight to the driver, as it runs on every request.
 */
export async function currentRole(
  tx: Tx | ReturnType<typeof db>,
  userId: string | null,
  websiteId: string,
): Promise<Role | null> {
  if (!userId || !isUuid(websiteId)) return null;
  const rows =
    tx !== db()
      ? await tx.$queryRaw<{ role: string }[]>`
          SELECT role::text FROM "Membership" WHERE "userId" = ${userId}::uuid AND "websiteId" = ${websiteId}::uuid FOR SHARE`
      : await directQuery<{ role: string }>(
          `SELECT role::text FROM "Membership" WHERE "userId" = $1::uuid AND "websiteId" = $2::uuid`,
          [userId, websiteId],
        );
  const role = rows[0]?.role;
  return isRole(role) ? role : null;
}

/**
 * The person whose role on the website bounds the actor: the actor's own person, or for a `df_`
 * key the person it acts for (its power is a member's capped by that person's role).
 */
function personOf(actor: Actor): string | null {
  const principal = actor.principal;
  return principal.kind === "website-key" ? (principal.personId ?? null) : actor.userId;
}

/** The role read with the actor's secret this request serves plain reads; anything else reads it. */
function roleOf(
  tx: Tx | ReturnType<typeof db>,
  actor: Actor,
  websiteId: string,
): Promise<Role | null> | Role | null {
  if (tx === db() && actor.roleAt?.websiteId === websiteId) return actor.roleAt.role;
  // A key never reaches another website: no role to read there.
  if (actor.principal.kind === "website-key" && actor.principal.websiteId !== websiteId) return null;
  return currentRole(tx, personOf(actor), websiteId);
}

/**
 * Refuses unless the actor may perform `op` on the website, with the same answer for a website
 * that does not exist as for one the actor cannot see. Returns the role the actor acts with
 * there (for a `df_` key: a member capped by its person's current role).
 */
export async function requireWebsiteAccess(
  tx: Tx | ReturnType<typeof db>,
  actor: Actor,
  websiteId: string,
  op: Operation,
): Promise<{ role: Role | null }> {
  if (!isUuid(websiteId))
    throw new AppError("FORBIDDEN", NO_WEBSITE_ACCESS_MESSAGE, {
      refused: { operation: op, websiteId: null },
    });
  const role = await roleOf(tx, actor, websiteId);
  const decision = authorize(actor.principal, op, { websiteId, role });
  if (!decision.ok)
    throw new AppError("FORBIDDEN", decision.message, { refused: { operation: op, websiteId } });
  return { role: actor.principal.kind === "website-key" ? keyActingRole(role) : role };
}
