import "server-only";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { liveDescendants, tokenIsWithin, type Descendant } from "@/lib/credentials/lineage";
import { rotateSecret } from "@/lib/credentials/rotate-secret";
import { db, type Prisma } from "@/lib/db";
import { lockOwnTokenRow } from "@/lib/db/locks";
import { AppError } from "@/lib/errors";
import type { WebsiteKeyDto } from "@/lib/website-keys/dto";
import { requireTokenCoversKey } from "@/lib/website-keys/key-rules";
import { rollKeyRow } from "@/lib/website-keys/roll-website-key";
import { isUuid } from "@/lib/validation/id-input";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import { requireAccountAccess } from "@/lib/websites/website-access";
import { ACCOUNT_TOKEN_INCLUDE, toAccountTokenDto, type AccountTokenDto } from "./dto";
import {
  TOKEN_EXPIRED_MESSAGE,
  TOKEN_NOT_FOUND_MESSAGE,
  TOKEN_OUT_OF_BOUNDS_MESSAGE,
  TOKEN_ROLL_RACE_MESSAGE,
} from "./messages";

type Tx = Prisma.TransactionClient;

/**
 * Before a revoke is confirmed: every live credential minted from the token, transitively
 * (tokens and website keys), which the revoke would end too ("this also revokes N credentials").
 */
export async function previewAccountTokenRevoke(actor: Actor, tokenId: string): Promise<Descendant[]> {
  const userId = requireAccountAccess(actor, "tokens.read");
  const row = isUuid(tokenId)
    ? await db().accountToken.findFirst({
        where: { id: tokenId, userId, revokedAt: null },
        select: { id: true },
      })
    : null;
  if (!row) throw new AppError("NOT_FOUND", TOKEN_NOT_FOUND_MESSAGE);
  return db().$transaction((tx) => liveDescendants(tx, { kind: "account-token", id: row.id }, false));
}

async function rollToken(tx: Tx, actor: Actor, tokenId: string, rootId: string, now: Date) {
  const row = await tx.accountToken.findUniqueOrThrow({ where: { id: tokenId } });
  if (row.expiresAt && row.expiresAt <= now) return null;
  const rotation = rotateSecret("account-token", row, "none", now);
  const { count } = await tx.accountToken.updateMany({
    where: { id: row.id, digest: row.digest, revokedAt: null },
    data: rotation.data,
  });
  if (count !== 1) throw new AppError("CONFLICT", TOKEN_ROLL_RACE_MESSAGE);
  await recordAudit(tx, actor, {
    action: "token.roll",
    targetType: "account-token",
    targetId: row.id,
    metadata: {
      name: row.name,
      displayKey: rotation.data.displayKey,
      previousDisplayKey: row.displayKey,
      grace: "none",
      previousExpiresAt: null,
      lineageOf: rootId,
    },
  });
  const rolled = await tx.accountToken.findUniqueOrThrow({
    where: { id: row.id },
    include: ACCOUNT_TOKEN_INCLUDE,
  });
  return { token: toAccountTokenDto(rolled), key: rotation.raw };
}

/**
 * "Roll all" for a token's lineage: the token and every live credential minted from it,
 * transitively, get new secrets with no grace (each old one dies at commit); expired ones are
 * left as they are. Keys among them need the actor's right to manage keys on their website: if
 * one is refused, nothing is rolled (403 naming why). A token acting through the API may roll
 * only its own lineage. Returns each new secret once.
 */
export async function rollAccountTokenLineage(
  actor: Actor,
  tokenId: string,
): Promise<{
  tokens: { token: AccountTokenDto; key: string }[];
  keys: { key: WebsiteKeyDto; secret: string }[];
}> {
  const userId = requireAccountAccess(actor, "tokens.write");
  if (!isUuid(tokenId)) throw new AppError("NOT_FOUND", TOKEN_NOT_FOUND_MESSAGE);
  return db().$transaction(async (tx) => {
    const root = await lockOwnTokenRow(tx, { userId, tokenId });
    if (!root) throw new AppError("NOT_FOUND", TOKEN_NOT_FOUND_MESSAGE);
    const now = new Date();
    if (root.expiresAt && root.expiresAt <= now) throw new AppError("CONFLICT", TOKEN_EXPIRED_MESSAGE);
    const principal = actor.principal;
    if (
      principal.kind === "account-token" &&
      !(await tokenIsWithin(tx, { tokenId: root.id, ancestorId: principal.tokenId }))
    )
      throw new AppError("FORBIDDEN", TOKEN_OUT_OF_BOUNDS_MESSAGE, {
        refused: { operation: "tokens.write", websiteId: null },
      });
    const below = await liveDescendants(tx, { kind: "account-token", id: root.id }, true);
    const tokens = [];
    const keys = [];
    for (const id of [root.id, ...below.filter((d) => d.kind === "account-token").map((d) => d._id)]) {
      const rolled = await rollToken(tx, actor, id, root.id, now);
      if (rolled) tokens.push(rolled);
    }
    for (const key of below.filter((d) => d.kind === "website-key")) {
      const websiteId = key.websiteId ?? "";
      await requireWebsiteAccess(tx, actor, websiteId, "api-keys.write");
      requireTokenCoversKey(principal.kind === "account-token" ? principal : null, websiteId);
      const row = await tx.websiteKey.findUniqueOrThrow({ where: { id: key._id } });
      if (row.expiresAt && row.expiresAt <= now) continue;
      keys.push(await rollKeyRow(tx, actor, row, "none", now, { lineageOf: root.id }));
    }
    return { tokens, keys };
  });
}
