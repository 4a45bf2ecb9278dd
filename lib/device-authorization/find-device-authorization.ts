import "server-only";
import type { Prisma } from "@/lib/db";
import { lockDeviceAuthorization } from "@/lib/db/locks";
import type { DeviceAuthorization } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { digestUserCode } from "./codes";
import { UNKNOWN_CODE_MESSAGE, USED_CODE_MESSAGE } from "./messages";
import { countUserCodeMiss } from "./user-code-throttle";

type Tx = Prisma.TransactionClient;

export type FoundDevice = { row: DeviceAuthorization } | { miss: true };

/** The sign-in a (normalized) user code names, locked; `miss` when no code matches at all. */
export async function lockByUserCode(tx: Tx, userCode: string): Promise<FoundDevice> {
  const locked = await lockDeviceAuthorization(tx, { userCodeDigest: digestUserCode(userCode) });
  const row = locked ? await tx.deviceAuthorization.findUnique({ where: { id: locked.id } }) : null;
  return row ? { row } : { miss: true };
}

/** A sign-in a person may still decide: refuses an expired or already decided one. */
export function decidable(row: DeviceAuthorization, now: Date): DeviceAuthorization {
  if (row.expiresAt <= now) throw new AppError("NOT_FOUND", UNKNOWN_CODE_MESSAGE, { field: "userCode" });
  if (row.status !== "pending") throw new AppError("CONFLICT", USED_CODE_MESSAGE, { field: "userCode" });
  return row;
}

/** After the transaction: a miss counts against the person (guessing), then is the usual "unknown". */
export async function refuseMiss(userId: string): Promise<never> {
  await countUserCodeMiss(userId);
  throw new AppError("NOT_FOUND", UNKNOWN_CODE_MESSAGE, { field: "userCode" });
}
