import "server-only";
import type { Actor } from "@/lib/actor";
import { requireAccountAccess } from "@/lib/websites/website-access";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ProfileDto } from "./profile-dto";
import { profileSchema } from "./schemas";

export async function getProfile(actor: Actor): Promise<ProfileDto> {
  const userId = requireAccountAccess(actor, "account.read");
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true },
  });
  if (!user) throw new AppError("UNAUTHENTICATED", "This account no longer exists.");
  return { _id: user.id, name: user.name, email: user.email, image: null };
}

export async function updateProfile(actor: Actor, input: unknown): Promise<ProfileDto> {
  const userId = requireAccountAccess(actor, "account.write");
  const { name } = profileSchema.parse(input);
  return db().$transaction(async (tx) => {
    const user = await tx.user.update({
      where: { id: userId },
      data: { name },
      select: { id: true, name: true, email: true },
    });
    await recordAudit(tx, actor, { action: "account.update", targetType: "user", targetId: userId });
    return { _id: user.id, name: user.name, email: user.email, image: null };
  });
}
