import "server-only";
import type { MembershipFact } from "@/lib/access";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/id-input";
import { membershipFacts } from "@/lib/websites/membership-facts";
import { requireAccountAccess } from "@/lib/websites/website-access";
import { ACCOUNT_TOKEN_INCLUDE, toAccountTokenDto, type AccountTokenDto } from "./dto";
import { TOKEN_NOT_FOUND_MESSAGE } from "./messages";

/** What the create and edit forms check choices against, read when one opens. */
export type TokenFormContext = {
  /** The person's websites and roles now. */
  memberships: MembershipFact[];
  /** The token being edited, whole (its full allow-list); null for a new token. */
  token: AccountTokenDto | null;
};

/** One of the actor's own live tokens; another person's and a revoked one are "not found". */
export async function getAccountToken(actor: Actor, tokenId: string): Promise<AccountTokenDto> {
  const userId = requireAccountAccess(actor, "tokens.read");
  const row = isUuid(tokenId)
    ? await db().accountToken.findFirst({
        where: { id: tokenId, userId, revokedAt: null },
        include: ACCOUNT_TOKEN_INCLUDE,
      })
    : null;
  if (!row) throw new AppError("NOT_FOUND", TOKEN_NOT_FOUND_MESSAGE);
  return toAccountTokenDto(row);
}

export async function getTokenFormContext(actor: Actor, tokenId: string | null): Promise<TokenFormContext> {
  const userId = requireAccountAccess(actor, "tokens.read");
  const [memberships, token] = await Promise.all([
    membershipFacts(userId),
    tokenId === null ? null : getAccountToken(actor, tokenId),
  ]);
  return { memberships, token };
}
