import "server-only";
import { db } from "@/lib/db";

/** Whether this person has verified their current email address (for the pages that say so). */
export async function isEmailVerified(userId: string): Promise<boolean> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { emailVerifiedAt: true } });
  return user?.emailVerifiedAt != null;
}
