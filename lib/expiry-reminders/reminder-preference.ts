import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { requireAccountAccess } from "@/lib/websites/website-access";

export const reminderPreferenceSchema = z.object({ enabled: z.boolean() }).strict();
export type ReminderPreference = z.infer<typeof reminderPreferenceSchema>;

/** Whether the person gets emails before and when their account tokens expire. */
export async function getReminderPreference(actor: Actor): Promise<ReminderPreference> {
  const userId = requireAccountAccess(actor, "account.read");
  const user = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: { expiryRemindersOff: true },
  });
  return { enabled: !user.expiryRemindersOff };
}

export async function setReminderPreference(actor: Actor, input: unknown): Promise<ReminderPreference> {
  const userId = requireAccountAccess(actor, "account.write");
  const { enabled } = reminderPreferenceSchema.parse(input);
  return db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { expiryRemindersOff: !enabled } });
    await recordAudit(tx, actor, { action: "account.update", targetType: "user", targetId: userId });
    return { enabled };
  });
}
