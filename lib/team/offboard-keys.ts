import "server-only";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { WEBSITE_KEY_INCLUDE, toWebsiteKeyDto, type WebsiteKeyDto } from "@/lib/website-keys/dto";
import { requireTokenCoversKey } from "@/lib/website-keys/key-rules";
import { rollKeyRow } from "@/lib/website-keys/roll-website-key";
import { lockWebsite } from "@/lib/db/locks";
import { isUuid } from "@/lib/validation/id-input";
import { requireWebsiteAccess } from "@/lib/websites/website-access";

/** A person on a website: whose keys the owner lists, revokes or rolls. */
type PersonOnWebsite = { websiteId: string; userId: string };
import { personKeys, revokeKeys, type PersonKey } from "./person-keys";

// The owner's side of offboarding (issue 14): what a person stands behind on a website, and
// "revoke all" / "roll all" for it. The person may have left already: their keys stay theirs.

const NOT_A_PERSON = "That person is not known here.";

function checkedUserId(userId: string): string {
  if (!isUuid(userId)) throw new AppError("NOT_FOUND", NOT_A_PERSON);
  return userId;
}

/**
 * The live keys the person stands behind on the website (made by them, and minted from those),
 * for the remove and change-role dialogs ("revoke their N keys now") and the offboarding panel.
 */
export async function listPersonKeys(
  actor: Actor,
  { websiteId, userId }: PersonOnWebsite,
): Promise<PersonKey[]> {
  await requireWebsiteAccess(db(), actor, websiteId, "team.offboard");
  const person = checkedUserId(userId);
  return db().$transaction((tx) => personKeys(tx, { websiteId, userId: person, lock: false }));
}

/** The website's live keys flagged for the owner (their person left, was removed or demoted). */
export async function listFlaggedKeys(actor: Actor, websiteId: string): Promise<WebsiteKeyDto[]> {
  await requireWebsiteAccess(db(), actor, websiteId, "api-keys.read");
  const rows = await db().websiteKey.findMany({
    where: { websiteId, revokedAt: null, flaggedAt: { not: null } },
    include: WEBSITE_KEY_INCLUDE,
    orderBy: [{ flaggedAt: "desc" }, { id: "desc" }],
  });
  return rows.map(toWebsiteKeyDto);
}

/** "Revoke all": ends every key the person stands behind on the website, one event each. */
export async function revokePersonKeys(
  actor: Actor,
  { websiteId, userId }: PersonOnWebsite,
): Promise<PersonKey[]> {
  const person = checkedUserId(userId);
  return db().$transaction(async (tx) => {
    await lockWebsite(tx, { websiteId, mode: "share" });
    await requireWebsiteAccess(tx, actor, websiteId, "team.offboard");
    const keys = await personKeys(tx, { websiteId, userId: person, lock: true });
    await revokeKeys(tx, actor, websiteId, keys, "offboarding: revoke all");
    return keys;
  });
}

/**
 * "Roll all": a new secret for every key the person stands behind on the website, with no grace
 * (each old one dies at commit) and their flags cleared. Each new secret is returned once, for
 * the owner to hand to the servers that use it.
 */
export async function rollPersonKeys(
  actor: Actor,
  { websiteId, userId }: PersonOnWebsite,
): Promise<{ key: WebsiteKeyDto; secret: string }[]> {
  const person = checkedUserId(userId);
  return db().$transaction(async (tx) => {
    await lockWebsite(tx, { websiteId, mode: "share" });
    await requireWebsiteAccess(tx, actor, websiteId, "team.offboard");
    requireTokenCoversKey(actor.principal.kind === "account-token" ? actor.principal : null, websiteId);
    const now = new Date();
    const rolled = [];
    for (const key of await personKeys(tx, { websiteId, userId: person, lock: true })) {
      const row = await tx.websiteKey.findUniqueOrThrow({ where: { id: key._id } });
      if (row.expiresAt && row.expiresAt <= now) continue;
      rolled.push(await rollKeyRow(tx, actor, row, "none", now, { cause: "offboarding: roll all" }));
    }
    return rolled;
  });
}
