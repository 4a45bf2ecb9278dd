import "server-only";
import { isAssignableRole } from "@/lib/access";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db, type Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { revokeDescendants } from "@/lib/credentials/lineage";
import { confirmPassword } from "./confirm-password";
import { deleteAccountSchema, type DeleteAccountInput } from "./schemas";

/**
 * Deletes the acting person's account after their password and typed email. Refused while they
 * own a website (a website always has its one owner: transfer or delete it first). Their
 * memberships, account tokens and the invitations they sent go with the account (so every
 * `dft_` stops verifying at once) and so do the keys minted by those tokens; website keys they
 * made otherwise stay with their websites, flagged for each owner, and the audit trail keeps its
 * rows.
 */
async function endTokenSubtrees(tx: Prisma.TransactionClient, actor: Actor, userId: string): Promise<void> {
  const tokens = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM "AccountToken" WHERE "userId" = ${userId}::uuid AND "revokedAt" IS NULL ORDER BY id FOR UPDATE`;
  for (const token of tokens)
    await revokeDescendants(tx, actor, { kind: "account-token", id: token.id }, "account deleted");
}

export async function deleteAccount(actor: Actor, input: DeleteAccountInput): Promise<void> {
  const { confirmEmail, password } = deleteAccountSchema.parse(input);
  const user = await confirmPassword(actor, password, "password");
  if (confirmEmail !== user.email) {
    throw new AppError("INVALID", "Type your email exactly as shown to confirm.", { field: "confirmEmail" });
  }
  await db().$transaction(async (tx) => {
    // Credentials first (tokens, then websites, then keys: the lineage lock order): the keys
    // minted by the person's tokens end with those tokens (issue 14).
    await endTokenSubtrees(tx, actor, user.id);
    // Locks the person's memberships, so an ownership transfer to them either commits first
    // (and is seen here) or waits and finds them gone.
    const memberships = await tx.$queryRaw<{ domain: string; role: string }[]>`
      SELECT w."domain", m."role"::text AS "role" FROM "Membership" m JOIN "Website" w ON w."id" = m."websiteId"
      WHERE m."userId" = ${user.id}::uuid FOR UPDATE OF m`;
    const owned = memberships.filter((membership) => !isAssignableRole(membership.role));
    if (owned.length > 0) {
      const domains = owned.map((website) => website.domain).join(", ");
      throw new AppError(
        "CONFLICT",
        `You own ${domains}. Transfer ownership or delete ${owned.length === 1 ? "it" : "them"} first.`,
      );
    }
    // The keys they made stay with their websites, flagged for each owner (their person is gone).
    await tx.websiteKey.updateMany({
      where: { createdById: user.id, revokedAt: null, flaggedAt: null },
      data: { flaggedAt: new Date() },
    });
    await recordAudit(tx, actor, {
      action: "account.delete",
      targetType: "user",
      targetId: user.id,
      metadata: { email: user.email },
    });
    await tx.user.delete({ where: { id: user.id } });
  });
}
