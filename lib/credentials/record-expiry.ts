import "server-only";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { logUnexpected } from "@/lib/log-unexpected";

// Nothing happens at the moment a token or key expires, so "expire" is audited when it first
// matters: the first time its secret is presented after expiry, with that request's IP and user
// agent. Once per credential: partial unique indexes (migrations 20261124000200 for tokens,
// 20261205090000 for keys) hold it across instances; this process remembers the credentials it
// has seen so repeats cost no query. A failed write never changes the answer (401).

const MAX_REMEMBERED = 10_000;
const recorded = new Set<string>();

/** Whether the unique index refused a second expiry event for the same token. */
function isDuplicate(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

type Expired =
  | { kind: "account-token"; id: string; expiresAt: Date }
  | { kind: "website-key"; id: string; expiresAt: Date; websiteId: string };

const EXPIRE_EVENT = {
  "account-token": { action: "token.expire" },
  "website-key": { action: "website-key.expire" },
} as const;

export async function recordExpiry(actor: Actor, credential: Expired): Promise<void> {
  if (recorded.has(credential.id)) return;
  const { action } = EXPIRE_EVENT[credential.kind];
  try {
    await db().$transaction(async (tx) => {
      if ((await tx.auditEvent.count({ where: { action, targetId: credential.id } })) > 0) return;
      const select = { name: true, displayKey: true } as const;
      const row =
        credential.kind === "account-token"
          ? await tx.accountToken.findUnique({ where: { id: credential.id }, select })
          : await tx.websiteKey.findUnique({ where: { id: credential.id }, select });
      await recordAudit(tx, actor, {
        action,
        websiteId: credential.kind === "website-key" ? credential.websiteId : null,
        targetType: credential.kind,
        targetId: credential.id,
        metadata: {
          name: row?.name ?? null,
          displayKey: row?.displayKey ?? actor.credential,
          expiresAt: credential.expiresAt.toISOString(),
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
  recorded.add(credential.id);
}
