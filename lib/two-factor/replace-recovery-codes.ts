import "server-only";
import type { Prisma } from "@/lib/db";
import { newRecoveryCodes } from "./recovery-codes";

/** A fresh set of recovery codes for the person, in place of any they had; the codes, to show once. */
export async function replaceRecoveryCodes(tx: Prisma.TransactionClient, userId: string): Promise<string[]> {
  const fresh = newRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: fresh.map(({ digest }) => ({ userId, digest })) });
  return fresh.map(({ code }) => code);
}
