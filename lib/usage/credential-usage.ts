import "server-only";
import { TOKEN_NOT_FOUND_MESSAGE } from "@/lib/account-tokens/messages";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/id-input";
import { KEY_NOT_FOUND_MESSAGE } from "@/lib/website-keys/messages";
import { requireAccountAccess, requireWebsiteAccess } from "@/lib/websites/website-access";
import type { CredentialUsageDto } from "./dto";
import { leastPrivilege, type LeastPrivilege } from "./least-privilege";
import { exercisedOperations, usageSummary, usageWindowStart } from "./usage-summary";

/** One of the actor's own live tokens; anyone else's, or a revoked one: not found. */
async function ownToken(actor: Actor, tokenId: string) {
  const userId = requireAccountAccess(actor, "tokens.read");
  const token = isUuid(tokenId)
    ? await db().accountToken.findFirst({
        where: { id: tokenId, userId, revokedAt: null },
        select: { id: true, permissions: true, allWebsites: true, websites: { select: { websiteId: true } } },
      })
    : null;
  if (!token) throw new AppError("NOT_FOUND", TOKEN_NOT_FOUND_MESSAGE);
  return token;
}

/** The usage of one of the actor's own live tokens. */
export async function getAccountTokenUsage(actor: Actor, tokenId: string): Promise<CredentialUsageDto> {
  const token = await ownToken(actor, tokenId);
  return usageSummary(token.id);
}

/** Which of its permissions and websites one of the actor's own tokens used in the usage window. */
export async function getTokenLeastPrivilege(
  actor: Actor,
  tokenId: string,
  now = new Date(),
): Promise<LeastPrivilege> {
  const token = await ownToken(actor, tokenId);
  const exercised = await exercisedOperations(token.id, usageWindowStart(now));
  return leastPrivilege({ ...token, websiteIds: token.websites.map((w) => w.websiteId) }, exercised);
}

/** The usage of a live key of the website, for whoever may see its keys; another website's: not found. */
export async function getWebsiteKeyUsage(
  actor: Actor,
  ids: { websiteId: string; keyId: string },
): Promise<CredentialUsageDto> {
  const { websiteId, keyId } = ids;
  await requireWebsiteAccess(db(), actor, websiteId, "api-keys.read");
  const found =
    isUuid(keyId) &&
    (await db().websiteKey.count({ where: { id: keyId, websiteId, revokedAt: null } })) === 1;
  if (!found) throw new AppError("NOT_FOUND", KEY_NOT_FOUND_MESSAGE);
  return usageSummary(keyId);
}
