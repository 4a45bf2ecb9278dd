import "server-only";
import { withinCaller, type Grant } from "@/lib/access";
import type { Actor } from "@/lib/actor";
import { AppError } from "@/lib/errors";
import type { AccountTokenRow } from "./dto";

/**
 * A token rolls a token, or ends its old secret, only when it could have minted that token
 * itself: otherwise a narrow token could obtain the secret of a wider one, or cut short the
 * grace period of a token above it. Sessions act on their own tokens freely.
 */
export function requireTokenWithinCaller(actor: Actor, row: AccountTokenRow, refusal: string): void {
  if (actor.principal.kind !== "account-token") return;
  const scope = row.allWebsites ? "all" : row.websites.map((w) => w.websiteId);
  const bounds = withinCaller(actor.principal, {
    permissions: row.permissions as Grant[],
    websiteIds: scope,
  });
  if (!bounds.ok) throw new AppError("FORBIDDEN", refusal);
}
