import "server-only";
import { TOKEN_NOT_FOUND_MESSAGE } from "@/lib/account-tokens/messages";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/id-input";
import { KEY_NOT_FOUND_MESSAGE } from "@/lib/website-keys/messages";
import { requireAccountAccess, requireWebsiteAccess } from "@/lib/websites/website-access";
import type { CredentialUsageDto } from "./dto";
import { usageSummary } from "./usage-summary";

/** The usage of one of the actor's own live tokens; anyone else's, or a revoked one: not found. */
export async function getAccountTokenUsage(actor: Actor, tokenId: string): Promise<CredentialUsageDto> {
  const userId = requireAccountAccess(actor, "tokens.read");
  const owned =
    isUuid(tokenId) &&
    (await db().accountToken.count({ where: { id: tokenId, userId, revokedAt: null } })) === 1;
  if (!owned) throw new AppError("NOT_FOUND", TOKEN_NOT_FOUND_MESSAGE);
  return usageSummary(tokenId);
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
