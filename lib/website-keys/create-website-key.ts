import "server-only";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import {
  childExpiry,
  lockParentKey,
  lockParentToken,
  type KeyParent,
  type TokenParent,
} from "@/lib/credentials/lineage";
import { db, type Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { generateSecret } from "@/lib/secrets";
import { lockWebsite } from "@/lib/db/locks";
import { currentRole, requireWebsiteAccess } from "@/lib/websites/website-access";
import { WEBSITE_KEY_INCLUDE, toWebsiteKeyDto, type WebsiteKeyDto } from "./dto";
import { freeDefaultKeyName, requireFreeKeyName } from "./key-names";
import { requireTokenCoversKey } from "./key-rules";
import { KEY_LIMIT_MESSAGE } from "./messages";
import { WEBSITE_KEY_LIMIT } from "./key-limit";
import { newWebsiteKeySchema, type NewWebsiteKey } from "./schemas";

type Tx = Prisma.TransactionClient;

/** The person a new key acts for: the maker, or for a key minted by a key, that key's person. */
function personOf(actor: Actor, parent: TokenParent | KeyParent | null): string | null {
  return parent?.kind === "website-key" ? parent.personId : actor.userId;
}

// A key minted by a flagged key is flagged too, as is one whose person no longer writes here
// (a removed member's key minting after the removal, S77): the owner sees it with the rest.
async function startsFlagged(
  tx: Tx,
  websiteId: string,
  parent: KeyParent | TokenParent | null,
  personId: string | null,
): Promise<boolean> {
  if (parent?.kind !== "website-key") return false;
  if (parent.flagged) return true;
  if (personId === null) return false;
  const role = await currentRole(tx, { userId: personId, websiteId });
  return role !== "owner" && role !== "member";
}

/**
 * Creates a `df_` key for the website (member-level power there, capped by its person's role).
 * The raw secret is returned here and nowhere else; the check, the count and the insert commit
 * together or not at all. Made through the API, it records the key or token that minted it and
 * expires no later than that credential (an explicit later expiry, or "never" under an expiring
 * parent, is a 400 naming the parent's expiry).
 */
export async function createWebsiteKey(
  actor: Actor,
  websiteId: string,
  input: NewWebsiteKey,
): Promise<{ key: WebsiteKeyDto; secret: string }> {
  const data = newWebsiteKeySchema.parse(input);
  const secret = generateSecret("website-key");
  const principal = actor.principal;

  return db().$transaction(async (tx) => {
    // Lock order everywhere: tokens, then websites, then keys.
    const tokenParent =
      principal.kind === "account-token" ? await lockParentToken(tx, principal.tokenId) : null;
    // The website lock serializes creates on this website, so the count cannot go stale before
    // the insert (S68); a missing website falls through to the same refusal as an invisible one.
    await lockWebsite(tx, { websiteId, mode: "update" });
    await requireWebsiteAccess(tx, actor, websiteId, "api-keys.write");
    requireTokenCoversKey(tokenParent, websiteId);
    const parent = principal.kind === "website-key" ? await lockParentKey(tx, principal.keyId) : tokenParent;
    const expiresAt = childExpiry(parent, data.expiresAt ?? null);
    const active = await tx.websiteKey.count({ where: { websiteId, revokedAt: null } });
    if (active >= WEBSITE_KEY_LIMIT) throw new AppError("INVALID", KEY_LIMIT_MESSAGE);
    const name = data.name ?? (await freeDefaultKeyName(tx, websiteId));
    if (data.name !== undefined) await requireFreeKeyName(tx, websiteId, name);
    const personId = personOf(actor, parent);
    const flagged = await startsFlagged(tx, websiteId, parent, personId);
    const row = await tx.websiteKey.create({
      data: {
        websiteId,
        createdById: personId,
        parentKeyId: parent?.kind === "website-key" ? parent.id : null,
        parentTokenId: parent?.kind === "account-token" ? parent.id : null,
        name,
        digest: secret.digest,
        displayKey: secret.displayKey,
        expiresAt,
        flaggedAt: flagged ? new Date() : null,
      },
      include: WEBSITE_KEY_INCLUDE,
    });
    await recordAudit(tx, actor, {
      action: "website-key.create",
      websiteId,
      targetType: "website-key",
      targetId: row.id,
      metadata: {
        name: row.name,
        displayKey: row.displayKey,
        createdBy: personId,
        parentId: parent?.id ?? null,
        parentKind: parent?.kind ?? null,
        expiresAt: expiresAt?.toISOString() ?? null,
      },
    });
    return { key: toWebsiteKeyDto(row), secret: secret.raw };
  });
}
