import "server-only";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { requireAccountAccess } from "@/lib/websites/website-access";
import { ACCOUNT_TOKEN_INCLUDE, toAccountTokenDto, type AccountTokenDto } from "./dto";

/** The actor's own tokens that are not revoked, newest first; expired ones stay, marked by expiresAt. */
export async function listAccountTokens(actor: Actor): Promise<AccountTokenDto[]> {
  const userId = requireAccountAccess(actor, "tokens.read");
  const rows = await db().accountToken.findMany({
    where: { userId, revokedAt: null },
    include: ACCOUNT_TOKEN_INCLUDE,
    // uuid v7 ids grow with time, so they break ties between tokens made in the same millisecond.
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return rows.map(toAccountTokenDto);
}
