import "server-only";
import { validateNewToken, withinCaller, type Grant } from "@/lib/access";
import { childExpiry, lockParentToken, type TokenParent } from "@/lib/credentials/lineage";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db, type Prisma } from "@/lib/db";
import { lockUser } from "@/lib/db/locks";
import { AppError } from "@/lib/errors";
import { generateSecret } from "@/lib/secrets";
import { membershipFacts } from "@/lib/websites/membership-facts";
import { requireAccountAccess } from "@/lib/websites/website-access";
import { ACCOUNT_TOKEN_INCLUDE, toAccountTokenDto, type AccountTokenDto } from "./dto";
import { TOKEN_LIMIT_MESSAGE } from "./messages";
import { requireWithinWebsitePolicies } from "./website-policies";
import { newAccountTokenSchema, type NewAccountToken } from "./schemas";
import { ACCOUNT_TOKEN_LIMIT } from "./token-limit";

type Tx = Prisma.TransactionClient;
type Scope = string[] | "all";

// A token minting a token stays within itself (SPEC §3); checked before the role validation so a
// widening attempt is a 403 whatever else is wrong with it. The request's principal is checked
// first (no transaction for an obvious refusal), then the parent as locked in the transaction.
export function checkWithinCaller(
  caller: Actor["principal"] | TokenParent,
  permissions: Grant[],
  scope: Scope,
): void {
  if (caller.kind !== "account-token") return;
  const bounds = withinCaller(caller, { permissions, websiteIds: scope });
  if (!bounds.ok) throw new AppError("FORBIDDEN", bounds.message);
}

// The person's roles are read inside the transaction; the first error names website and permission.
export async function checkAgainstRoles(
  tx: Tx,
  userId: string,
  permissions: Grant[],
  scope: Scope,
): Promise<void> {
  const validation = validateNewToken(await membershipFacts(userId, tx), { permissions, websiteIds: scope });
  if (validation.ok) return;
  const [first] = validation.errors;
  throw new AppError("INVALID", first?.message ?? "This token is not valid.", {
    field: first?.field ?? "permissions",
  });
}

// Locking the person's row serializes their creates, so the count below cannot go stale before
// the insert (S68: parallel creates at the cap end with at most the cap).
async function checkLimit(tx: Tx, userId: string): Promise<void> {
  if (!(await lockUser(tx, { userId })))
    throw new AppError("UNAUTHENTICATED", "Your account no longer exists.");
  const active = await tx.accountToken.count({ where: { userId, revokedAt: null } });
  if (active >= ACCOUNT_TOKEN_LIMIT) throw new AppError("INVALID", TOKEN_LIMIT_MESSAGE);
}

type Prepared = { userId: string; data: NewAccountToken; scope: Scope };

// The checks that need no database: a refusal here costs no transaction.
function prepare(actor: Actor, input: NewAccountToken): Prepared {
  const userId = requireAccountAccess(actor, "tokens.write");
  const data = newAccountTokenSchema.parse(input);
  // The API's [] means every website the person can reach; lib/access never reads [] as "all".
  const scope: Scope = data.websiteIds.length === 0 ? "all" : data.websiteIds;
  checkWithinCaller(actor.principal, data.permissions, scope);
  return { userId, data, scope };
}

async function insertAccountToken(
  tx: Tx,
  actor: Actor,
  { userId, data, scope }: Prepared,
): Promise<{ token: AccountTokenDto; key: string }> {
  const secret = generateSecret("account-token");
  // Locked before the person's row, as every token act does (tokens, then people).
  const parent =
    actor.principal.kind === "account-token" ? await lockParentToken(tx, actor.principal.tokenId) : null;
  if (parent) checkWithinCaller(parent, data.permissions, scope);
  const expiresAt = childExpiry(parent, data.expiresAt);
  await checkLimit(tx, userId);
  await checkAgainstRoles(tx, userId, data.permissions, scope);
  await requireWithinWebsitePolicies(tx, userId, { websiteIds: scope, expiresAt });
  const row = await tx.accountToken.create({
    data: {
      userId,
      parentTokenId: parent?.id ?? null,
      name: data.name,
      permissions: data.permissions,
      allWebsites: scope === "all",
      digest: secret.digest,
      displayKey: secret.displayKey,
      expiresAt,
      websites: { create: data.websiteIds.map((websiteId) => ({ websiteId })) },
    },
    include: ACCOUNT_TOKEN_INCLUDE,
  });
  await recordAudit(tx, actor, {
    action: "token.create",
    targetType: "account-token",
    targetId: row.id,
    metadata: {
      name: row.name,
      displayKey: row.displayKey,
      permissions: data.permissions,
      websiteIds: data.websiteIds,
      expiresAt: expiresAt?.toISOString() ?? null,
      createdBy: userId,
      parentId: parent?.id ?? null,
    },
  });
  return { token: toAccountTokenDto(row), key: secret.raw };
}

/**
 * Creates an account token for the acting person. The raw secret is returned here and nowhere
 * else: only its digest and display form are stored, and the audit event never holds it. Made
 * by a token, it records that token as its parent and stays within it: permissions, scope and
 * expiry (an expiry later than the parent's, or "never" under an expiring parent, is a 400).
 */
export async function createAccountToken(
  actor: Actor,
  input: NewAccountToken,
): Promise<{ token: AccountTokenDto; key: string }> {
  const prepared = prepare(actor, input);
  return db().$transaction((tx) => insertAccountToken(tx, actor, prepared));
}

/**
 * createAccountToken inside the caller's transaction, with every same rule and audit event: for
 * an act that mints a token as one of its steps (a device sign-in's approval).
 */
export async function createAccountTokenIn(
  tx: Tx,
  actor: Actor,
  input: NewAccountToken,
): Promise<{ token: AccountTokenDto; key: string }> {
  return insertAccountToken(tx, actor, prepare(actor, input));
}
