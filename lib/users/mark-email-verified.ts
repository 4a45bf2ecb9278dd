import "server-only";
import { systemActor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { emailSchema } from "@/lib/validation/email";

/**
 * An operator vouches for an address (`npm run verify-email -- <email>`), for servers that cannot
 * send email. Returns whether it was unverified until now.
 */
export async function markEmailVerified(rawEmail: string): Promise<{ email: string; changed: boolean }> {
  const email = emailSchema.parse(rawEmail);
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, emailVerifiedAt: true } });
    if (!user) throw new AppError("NOT_FOUND", `No account has the email ${email}.`);
    if (user.emailVerifiedAt) return { email, changed: false };
    await tx.user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date() } });
    await recordAudit(tx, systemActor(user.id), {
      action: "account.email-verify",
      targetType: "user",
      targetId: user.id,
      metadata: { email, via: "operator" },
    });
    return { email, changed: true };
  });
}
