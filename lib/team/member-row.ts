import "server-only";
import type { Prisma } from "@/lib/db";
import { lockMembership } from "@/lib/db/locks";
import { AppError } from "@/lib/errors";
import { NOT_A_MEMBER_MESSAGE } from "./messages";

/** The target's membership on this website, locked for the transaction, or NOT_FOUND. */
export async function lockedMembership(
  tx: Prisma.TransactionClient,
  target: { websiteId: string; userId: string },
) {
  const row = await lockMembership(tx, target);
  if (!row) throw new AppError("NOT_FOUND", NOT_A_MEMBER_MESSAGE);
  return row;
}
