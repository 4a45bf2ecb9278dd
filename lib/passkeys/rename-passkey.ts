import "server-only";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { sessionOwner } from "@/lib/auth/sessions/session-owner";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { passkeyDto, type PasskeyDto } from "./list-passkeys";
import { assertPasskeyNameFree } from "./passkey-name";
import { renamePasskeySchema, type RenamePasskeyInput } from "./schemas";

/** Renames one of the person's passkeys; another person's id is "not found", never renamed. */
export async function renamePasskey(actor: Actor, input: RenamePasskeyInput): Promise<PasskeyDto> {
  const userId = sessionOwner(actor);
  const { passkeyId, name } = renamePasskeySchema.parse(input);
  return db().$transaction(async (tx) => {
    const passkey = await tx.passkey.findFirst({ where: { id: passkeyId, userId } });
    if (!passkey) throw new AppError("NOT_FOUND", "This passkey does not exist (it may have been removed).");
    await assertPasskeyNameFree(tx, userId, name, passkeyId);
    const renamed = await tx.passkey.update({ where: { id: passkeyId }, data: { name } });
    await recordAudit(tx, actor, {
      action: "account.passkey-rename",
      targetType: "passkey",
      targetId: passkeyId,
      metadata: { from: passkey.name, to: name },
    });
    return passkeyDto(renamed);
  });
}
