import "server-only";
import type { Actor } from "@/lib/actor";
import { sessionOwner } from "@/lib/auth/sessions/session-owner";
import { db } from "@/lib/db";
import type { Passkey } from "@/lib/db/generated/client";

export type PasskeyDto = {
  _id: string;
  name: string;
  /** ISO 8601, UTC. */
  createdAt: string;
  lastUsedAt: string | null;
};

export function passkeyDto(row: Pick<Passkey, "id" | "name" | "createdAt" | "lastUsedAt">): PasskeyDto {
  return {
    _id: row.id,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  };
}

/** The person's passkeys, oldest first (the order they were added). */
export async function listPasskeys(actor: Actor): Promise<PasskeyDto[]> {
  const rows = await db().passkey.findMany({
    where: { userId: sessionOwner(actor) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map(passkeyDto);
}
