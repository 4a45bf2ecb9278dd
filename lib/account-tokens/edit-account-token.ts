import "server-only";
import { EMPTY_SCOPE_MESSAGE, withinCaller, type LineageBounds } from "@/lib/access";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { clampSubtree, writeTokenBounds, type ClampResult } from "@/lib/credentials/clamp-subtree";
import { childExpiry } from "@/lib/credentials/lineage";
import { db, type Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireAccountAccess } from "@/lib/websites/website-access";
import { checkAgainstRoles } from "./create-account-token";
import { ACCOUNT_TOKEN_INCLUDE, toAccountTokenDto, type AccountTokenDto } from "./dto";
import { TOKEN_EDIT_SESSION_MESSAGE, TOKEN_EXPIRED_EDIT_MESSAGE, TOKEN_NOT_FOUND_MESSAGE } from "./messages";
import { newAccountTokenSchema, type TokenEdit } from "./schemas";
import { requireWithinWebsitePolicies } from "./website-policies";
import { boundsOf, lockOwnToken, shownBounds, type LockedParent } from "./token-row";

type Tx = Prisma.TransactionClient;

/**
 * Only the person, signed in, edits a token: never a token through the API (S19/S83), so a
 * leaked token can't widen itself or lift its own expiry.
 */
export function sessionPerson(actor: Actor): string {
  const userId = requireAccountAccess(actor, "tokens.write");
  if (actor.principal.kind !== "session")
    throw new AppError("FORBIDDEN", TOKEN_EDIT_SESSION_MESSAGE, {
      refused: { operation: "tokens.write", websiteId: null },
    });
  return userId;
}

// A token minted by a token stays within it after an edit too: a wider permission or scope is a
// 403 (as minting it would be), a later expiry or "never" a 400 naming the parent's expiry.
function checkWithinParent(parent: LockedParent | null, next: LineageBounds): void {
  if (parent === null) return;
  if (!parent.live) throw new AppError("NOT_FOUND", TOKEN_NOT_FOUND_MESSAGE);
  const bounds = withinCaller(parent.bounds, {
    permissions: [...next.permissions],
    websiteIds: next.websiteIds === "all" ? "all" : [...next.websiteIds],
  });
  if (!bounds.ok)
    throw new AppError(
      "FORBIDDEN",
      bounds.message.replace("The calling token", "The token that made this one"),
      {
        refused: { operation: "tokens.write", websiteId: null },
      },
    );
  const parentExpiry = parent.bounds.expiresAt === null ? null : new Date(parent.bounds.expiresAt);
  childExpiry(
    { expiresAt: parentExpiry },
    next.expiresAt === null ? null : new Date(next.expiresAt),
    "expiry",
  );
}

async function applyEdit(
  tx: Tx,
  tokenId: string,
  fields: { name: string; allowedIps: string[] },
  next: LineageBounds,
): Promise<void> {
  await tx.accountToken.update({ where: { id: tokenId }, data: fields });
  await writeTokenBounds(tx, tokenId, next);
}

/**
 * Edits one of the signed-in person's own tokens: name, permissions, websites, expiry and IP
 * allow-list,
 * validated exactly as creation is (the person's current roles, naming website and permission;
 * within the token that minted it, if any). Audited with before and after. Tokens minted from
 * it are brought within its new bounds in the same transaction (clamped, or revoked when
 * nothing is left), and so are the keys minted from them. Secret and id stay.
 */
export async function editAccountToken(
  actor: Actor,
  tokenId: string,
  input: TokenEdit,
): Promise<{ token: AccountTokenDto } & ClampResult> {
  const userId = sessionPerson(actor);
  return db().$transaction(async (tx) => {
    const { token, parent } = await lockOwnToken(tx, { userId, tokenId });
    const now = new Date();
    if (token.expiresAt && token.expiresAt <= now) throw new AppError("CONFLICT", TOKEN_EXPIRED_EDIT_MESSAGE);
    const before = await boundsOf(tx, token);
    const shown = shownBounds(before);
    // The dialog's [] means all websites; an allow-list whose websites are all gone stays empty
    // (it reaches nothing) unless websites are chosen: it is never read as "all".
    const scope =
      input.websiteIds === undefined
        ? before.websiteIds
        : input.websiteIds.length === 0
          ? "all"
          : [...input.websiteIds].sort();
    if (scope !== "all" && scope.length === 0)
      throw new AppError("INVALID", EMPTY_SCOPE_MESSAGE, { field: "websiteIds" });
    const data = newAccountTokenSchema.parse({
      name: input.name ?? token.name,
      permissions: input.permissions ?? shown.permissions,
      websiteIds: scope === "all" ? [] : [...scope],
      expiresAt: input.expiresAt === undefined ? token.expiresAt : input.expiresAt,
    });
    const next: LineageBounds = {
      permissions: data.permissions,
      websiteIds: scope,
      expiresAt: data.expiresAt?.getTime() ?? null,
    };
    checkWithinParent(parent, next);
    await checkAgainstRoles(
      tx,
      userId,
      data.permissions,
      next.websiteIds === "all" ? "all" : [...next.websiteIds],
    );
    await requireWithinWebsitePolicies(tx, userId, {
      websiteIds: next.websiteIds,
      expiresAt: data.expiresAt,
    });
    const allowedIps = input.allowedIps ?? token.allowedIps;
    await applyEdit(tx, token.id, { name: data.name, allowedIps }, next);
    await recordAudit(tx, actor, {
      action: "token.update",
      targetType: "account-token",
      targetId: token.id,
      metadata: {
        name: data.name,
        displayKey: token.displayKey,
        before: { name: token.name, ...shown, allowedIps: token.allowedIps },
        after: { name: data.name, ...shownBounds(next), allowedIps },
      },
    });
    const cascade = await clampSubtree(tx, actor, token.id, next);
    const row = await tx.accountToken.findUniqueOrThrow({
      where: { id: token.id },
      include: ACCOUNT_TOKEN_INCLUDE,
    });
    return { token: toAccountTokenDto(row), ...cascade };
  });
}
