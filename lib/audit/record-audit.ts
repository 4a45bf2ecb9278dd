import "server-only";
import type { Actor } from "@/lib/actor";
import type { Prisma } from "@/lib/db";

export type AuditEntry = {
  action: string;
  websiteId?: string | null;
  targetType?: string;
  targetId?: string;
  /** Names, roles, permissions… never a secret, digest or password. */
  metadata?: Prisma.InputJsonValue;
};

type Tx = Pick<Prisma.TransactionClient, "auditEvent">;

/** Records one audit event; call it inside the transaction of the act it describes. */
export async function recordAudit(tx: Tx, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorUserId: actor.userId,
      credential: actor.credential,
      websiteId: entry.websiteId ?? null,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      ip: actor.request.ip,
      userAgent: actor.request.userAgent?.slice(0, 512) ?? null,
      metadata: entry.metadata,
    },
  });
}
