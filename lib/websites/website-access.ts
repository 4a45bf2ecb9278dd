import "server-only";
import {
  actingRole,
  authorize,
  isRole,
  NO_WEBSITE_ACCESS_MESSAGE,
  UNKNOWN_PRINCIPAL_MESSAGE,
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
  { userId, websiteId }: { userId: string | null; websiteId: string },
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
  return currentRole(tx, { userId: personOf(actor), websiteId });
}

// The two guards every domain function starts with: requireWebsiteAccess for an act on a
// website, requireAccountAccess for one on the actor's own account. lib/access decides; these
// read the role and turn a refusal into an AppError marked `refused` for the audit trail.

/**
 * Refuses unless the actor may perform `op` on the website, with the same answer for a website
 * that does not exist as for one the actor cannot see. Returns the role the actor acts with
 * there (lib/access actingRole: for a `df_` key, a member capped by its person's current role).
 * A refusal lib/access calls a CONFLICT (the owner leaving) is one, not a refusal.
 */
export async function requireWebsiteAccess(
  tx: Tx | ReturnType<typeof db>,
  actor: Actor,
  websiteId: string,
  op: Operation,
): Promise<{ role: Role }> {
  if (!isUuid(websiteId))
    throw new AppError("FORBIDDEN", NO_WEBSITE_ACCESS_MESSAGE, {
      refused: { operation: op, websiteId: null },
    });
  const role = await roleOf(tx, actor, websiteId);
  const decision = authorize(actor.principal, op, { websiteId, role });
  const acting = actingRole(actor.principal, { websiteId, role });
  if (decision.ok && acting !== null) return { role: acting };
  if (!decision.ok && decision.code === "CONFLICT") throw new AppError("CONFLICT", decision.message);
  throw new AppError("FORBIDDEN", decision.ok ? NO_WEBSITE_ACCESS_MESSAGE : decision.message, {
    refused: { operation: op, websiteId },
  });
}

/**
 * Refuses unless the actor may perform `op` on its own account (its profile, tokens, activity,
 * websites): sessions pass, tokens need the operation's permission, website keys are refused.
 * Returns whose account it is; an actor whose audit identity disagrees with the principal that
 * was authorized is refused too.
 */
export function requireAccountAccess(actor: Actor, op: Operation): string {
  const decision = authorize(actor.principal, op, {});
  const principal = actor.principal;
  if (decision.ok && principal.kind !== "website-key" && principal.userId === actor.userId)
    return principal.userId;
  throw new AppError("FORBIDDEN", decision.ok ? UNKNOWN_PRINCIPAL_MESSAGE : decision.message, {
    refused: { operation: op, websiteId: null },
  });
}
