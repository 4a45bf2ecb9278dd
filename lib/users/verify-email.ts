import "server-only";
import { sessionActor, type RequestInfo } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { consumeEmailLink } from "./email-links";

export const INVALID_VERIFICATION_LINK =
  "This verification link is not valid: it may have expired or been used already. Sign in to ask for a new one.";

/**
 * Marks the address a verification link was sent to as verified: opening the link proves the
 * mailbox, whoever is signed in (or nobody). A link for an address the account no longer has
 * proves nothing about the current one.
 */
export async function verifyEmail(token: unknown, request: RequestInfo): Promise<{ email: string }> {
  return db().$transaction(async (tx) => {
    const link = await consumeEmailLink(tx, token, "verify_email");
    if (!link) throw new AppError("NOT_FOUND", INVALID_VERIFICATION_LINK);
    const user = await tx.user.findUnique({
      where: { id: link.userId },
      select: { id: true, email: true, emailVerifiedAt: true },
    });
    if (!user || user.email !== link.email) throw new AppError("NOT_FOUND", INVALID_VERIFICATION_LINK);
    if (!user.emailVerifiedAt) {
      await tx.user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date() } });
      await recordAudit(tx, sessionActor(user.id, request), {
        action: "account.email-verify",
        targetType: "user",
        targetId: user.id,
        metadata: { email: user.email, via: "link" },
      });
    }
    return { email: user.email };
  });
}
