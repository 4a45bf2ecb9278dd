import "server-only";
import { revokeAccountToken } from "@/lib/account-tokens/revoke-account-token";
import type { Actor } from "@/lib/actor";
import { revokeWebsiteKey } from "@/lib/website-keys/revoke-website-key";
import { revokeEach, type RevokeEachResult } from "./revoke-each";

/** Revokes several of the actor's own tokens, each as a single revoke would; reports each. */
export function revokeAccountTokens(actor: Actor, tokenIds: readonly string[]): Promise<RevokeEachResult[]> {
  return revokeEach(tokenIds, (id) => revokeAccountToken(actor, id));
}

/** Revokes several keys of a website, each as a single revoke would; reports each. */
export function revokeWebsiteKeys(
  actor: Actor,
  websiteId: string,
  keyIds: readonly string[],
): Promise<RevokeEachResult[]> {
  return revokeEach(keyIds, (keyId) => revokeWebsiteKey(actor, { websiteId, keyId }));
}
