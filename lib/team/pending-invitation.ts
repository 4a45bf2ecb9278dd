import "server-only";
import type { Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/id-input";

/** A pending invitation of this website, or NOT_FOUND (also for another website's id). */
export async function pendingInvitation(
  tx: Prisma.TransactionClient,
  { websiteId, invitationId }: { websiteId: string; invitationId: string },
) {
  const row = isUuid(invitationId)
    ? await tx.invitation.findFirst({
        where: { id: invitationId, websiteId, acceptedAt: null, revokedAt: null },
      })
    : null;
  if (!row) throw new AppError("NOT_FOUND", "Invitation not found. It may have been accepted or revoked.");
  return row;
}
