import "server-only";
import { createAccountTokenIn } from "@/lib/account-tokens/create-account-token";
import type { NewAccountToken } from "@/lib/account-tokens/schemas";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db, type Prisma } from "@/lib/db";
import type { DeviceAuthorization } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { sealSecret } from "@/lib/two-factor/secret-box";
import { requireAccountAccess } from "@/lib/websites/website-access";
import { decidable, lockByUserCode, refuseMiss } from "./find-device-authorization";
import { sealContext } from "./sealed-token";
import { checkUserCodeLookups } from "./user-code-throttle";

type Decision<T> = (tx: Prisma.TransactionClient, row: DeviceAuthorization, userId: string) => Promise<T>;

/**
 * A person decides in the dashboard (a credential never approves a sign-in for another): the
 * code is looked up under the guessing throttle, locked, and decided in one transaction.
 */
async function decide<T>(actor: Actor, userCode: string, now: Date, act: Decision<T>): Promise<T> {
  const userId = requireAccountAccess(actor, "tokens.write");
  if (actor.principal.kind !== "session")
    throw new AppError("FORBIDDEN", "Only a signed-in person approves or denies a device sign-in.");
  checkUserCodeLookups(userId);
  const outcome = await db().$transaction(async (tx) => {
    const found = await lockByUserCode(tx, userCode);
    if ("miss" in found) return found;
    return { done: await act(tx, decidable(found.row, now), userId) };
  });
  return "miss" in outcome ? refuseMiss(userId) : outcome.done;
}

/**
 * Approves a device sign-in: mints the account token through createAccountToken's own rules
 * (roles per website, limits, lineage, its `token.create` event) in the same transaction that
 * marks the code approved. The secret is sealed for the polling device and never returned here.
 */
export function approveDeviceAuthorization(
  actor: Actor,
  input: { userCode: string; token: NewAccountToken },
  now = new Date(),
): Promise<{ tokenName: string }> {
  return decide(actor, input.userCode, now, async (tx, row, userId) => {
    const created = await createAccountTokenIn(tx, actor, input.token);
    await tx.deviceAuthorization.update({
      where: { id: row.id },
      data: {
        status: "approved",
        decidedAt: now,
        userId,
        tokenId: created.token._id,
        sealedToken: sealSecret(created.key, sealContext(row.id)),
      },
    });
    await recordAudit(tx, actor, {
      action: "device.approve",
      targetType: "account-token",
      targetId: created.token._id,
      metadata: { clientName: row.clientName, requestIp: row.requestIp, tokenName: created.token.name },
    });
    return { tokenName: created.token.name };
  });
}

/** Denies a device sign-in: its device is told access_denied on its next poll. */
export function denyDeviceAuthorization(
  actor: Actor,
  input: { userCode: string },
  now = new Date(),
): Promise<{ denied: true }> {
  return decide(actor, input.userCode, now, async (tx, row, userId) => {
    await tx.deviceAuthorization.update({
      where: { id: row.id },
      data: { status: "denied", decidedAt: now, userId },
    });
    await recordAudit(tx, actor, {
      action: "device.deny",
      targetType: "device-authorization",
      targetId: row.id,
      metadata: { clientName: row.clientName, requestIp: row.requestIp },
    });
    return { denied: true as const };
  });
}
