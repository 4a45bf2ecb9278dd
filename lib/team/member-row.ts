import "server-only";
import { isUuid } from "@/lib/validation/id-input";
import type { Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { NOT_A_MEMBER_MESSAGE } from "./messages";

/** The target's membership on this website, locked for the transaction, or NOT_FOUND. */
export async function lockedMembership(tx: Prisma.TransactionClient, websiteId: string, userId: string) {
  const rows = isUuid(userId)
    ? await tx.$queryRaw<{ id: string; role: string }[]>`
        SELECT id::text, role::text FROM "Membership" WHERE "websiteId" = ${websiteId}::uuid AND "userId" = ${userId}::uuid FOR UPDATE`
    : [];
  const row = rows[0];
  if (!row) throw new AppError("NOT_FOUND", NOT_A_MEMBER_MESSAGE);
  return row;
}
