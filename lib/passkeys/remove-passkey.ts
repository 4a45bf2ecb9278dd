import "server-only";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { sessionOwner } from "@/lib/auth/sessions/session-owner";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { removePasskeySchema, type RemovePasskeyInput } from "./schemas";

/** Removes one of the person's passkeys; another person's id is "not found", never removed. */
export async function removePasskey(actor: Actor, input: RemovePasskeyInput): Promise<void> {
  const userId = sessionOwner(actor);
  const { passkeyId } = removePasskeySchema.parse(input);
  await db().$transaction(async (tx) => {
    const [removed] = await tx.$queryRaw<{ name: string }[]>`
      DELETE FROM "Passkey" WHERE "id" = ${passkeyId}::uuid AND "userId" = ${userId}::uuid
      RETURNING "name"`;
    if (!removed) throw new AppError("NOT_FOUND", "This passkey does not exist (it may have been removed).");
    await recordAudit(tx, actor, {
      action: "account.passkey-remove",
      targetType: "passkey",
      targetId: passkeyId,
      metadata: { name: removed.name },
    });
  });
}
