import "server-only";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { logUnexpected } from "@/lib/log-unexpected";

// Nothing happens at the moment a token expires, so "expire" is audited when it first matters:
// the first time its secret is presented after expiry, with that request's IP and user agent.
// Once per token: a partial unique index (migration 20261124000200) holds it across instances;
// this process remembers the tokens it has seen so repeats cost no query. A failed write never
// changes the answer (401).

const MAX_REMEMBERED = 10_000;
const recorded = new Set<string>();

/** Whether the unique index refused a second expiry event for the same token. */
function isDuplicate(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

export async function recordExpiry(actor: Actor, token: { id: string; expiresAt: Date }): Promise<void> {
  if (recorded.has(token.id)) return;
  try {
    await db().$transaction(async (tx) => {
      if ((await tx.auditEvent.count({ where: { action: "token.expire", targetId: token.id } })) > 0) return;
      const row = await tx.accountToken.findUnique({
        where: { id: token.id },
        select: { name: true, displayKey: true },
      });
      await recordAudit(tx, actor, {
        action: "token.expire",
        targetType: "account-token",
        targetId: token.id,
        metadata: {
          name: row?.name ?? null,
          displayKey: row?.displayKey ?? actor.credential,
          expiresAt: token.expiresAt.toISOString(),
        },
      });
    });
  } catch (error) {
    if (!isDuplicate(error)) {
      logUnexpected("audit-expiry", error);
      return;
    }
  }
  if (recorded.size >= MAX_REMEMBERED) recorded.clear();
  recorded.add(token.id);
}
