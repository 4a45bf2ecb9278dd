import "server-only";
import { refusalFeed } from "@/lib/access";
import type { Actor } from "@/lib/actor";
import { db, type Prisma } from "@/lib/db";
import { isAppError, type Refused } from "@/lib/errors";
import { logUnexpected } from "@/lib/log-unexpected";
import { isUuid } from "@/lib/validation/id-input";
import { currentRole } from "@/lib/websites/website-access";
import { recordAudit } from "./record-audit";

// A refused attempt leaves one `access.denied` event, written after the refused transaction
// rolled back (so "nothing changed" still holds for every other table). At most one per actor
// and operation per minute, claimed in the shared RateLimitCounter table so the bound holds
// across app instances and a loop of refused calls cannot flood the trail.

const WINDOW_MS = 60_000;
const MAX_OPERATION_LENGTH = 120;

function actorKey(actor: Actor): string {
  const { principal } = actor;
  return principal.kind === "website-key" ? `key:${principal.keyId}` : `user:${principal.userId}`;
}

/**
 * The website whose feed records this refusal: the one refused, when the actor has a place
 * there. Otherwise the actor's own: none for a person (their account activity shows it, S93),
 * the key's own website for a `df_` key.
 */
async function feedWebsite(
  tx: Prisma.TransactionClient,
  actor: Actor,
  websiteId: string | null | undefined,
): Promise<string | null> {
  const { principal } = actor;
  const home = principal.kind === "website-key" ? principal.websiteId : null;
  if (!isUuid(websiteId)) return home;
  const ownKey = home === websiteId;
  const role = ownKey ? null : await currentRole(tx, { userId: actor.userId, websiteId });
  return refusalFeed({ role, ownKey }) === "website" ? websiteId : home;
}

/** Records the refusal unless this actor already has one for this operation this minute. */
export async function recordRefusal(actor: Actor, refused: Refused, now = new Date()): Promise<boolean> {
  const operation = refused.operation.slice(0, MAX_OPERATION_LENGTH);
  const windowStart = new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS);
  const key = `access-denied:${actorKey(actor)}:${operation}`;
  try {
    return await db().$transaction(async (tx) => {
      const claimed = await tx.$queryRaw<unknown[]>`
        INSERT INTO "RateLimitCounter" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, 1)
        ON CONFLICT ("key", "windowStart") DO NOTHING RETURNING 1`;
      if (claimed.length === 0) return false;
      const websiteId = await feedWebsite(tx, actor, refused.websiteId);
      await recordAudit(tx, actor, {
        action: "access.denied",
        websiteId,
        targetType: "operation",
        targetId: operation,
        // An outsider's own record still says which website they tried.
        ...(websiteId !== refused.websiteId && isUuid(refused.websiteId)
          ? { metadata: { websiteId: refused.websiteId } }
          : {}),
      });
      return true;
    });
  } catch (error) {
    // The refusal stands whatever happens here: a failed audit write never fails the request.
    logUnexpected("audit-refusal", error);
    return false;
  }
}

/**
 * For the adapters: when `error` is a FORBIDDEN met by a known actor, records it (the domain's
 * operation and website when it named them, else `fallback`). Never throws.
 */
export async function auditRefusal(
  actor: Actor | undefined,
  error: unknown,
  fallback: Refused,
): Promise<void> {
  if (!actor || !isAppError(error) || error.code !== "FORBIDDEN") return;
  await recordRefusal(actor, error.refused ?? fallback);
}
