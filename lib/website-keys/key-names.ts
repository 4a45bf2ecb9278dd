import "server-only";
import type { Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { keyNameTakenMessage } from "./messages";
import { DEFAULT_KEY_NAME } from "./schemas";

type Tx = Prisma.TransactionClient;

// A key's name tells it from the website's other live keys (revoked ones keep theirs), ignoring
// case, as the partial unique index "WebsiteKey_live_name" guarantees. Callers hold the website
// lock in update mode, so the check and the write cannot interleave with another.

async function nameTaken(tx: Tx, websiteId: string, name: string, exceptKeyId?: string): Promise<boolean> {
  const clash = await tx.websiteKey.findFirst({
    where: {
      websiteId,
      revokedAt: null,
      name: { equals: name, mode: "insensitive" },
      ...(exceptKeyId ? { id: { not: exceptKeyId } } : {}),
    },
    select: { id: true },
  });
  return clash !== null;
}

/** Refuses a name another live key of the website has (a field error on `name`, 409 over REST). */
export async function requireFreeKeyName(
  tx: Tx,
  websiteId: string,
  name: string,
  exceptKeyId?: string,
): Promise<void> {
  if (await nameTaken(tx, websiteId, name, exceptKeyId)) {
    throw new AppError("CONFLICT", keyNameTakenMessage(name), { field: "name" });
  }
}

/** The name of a key made over REST without one: "API key", else the first free "API key 2", "API key 3"… */
export async function freeDefaultKeyName(tx: Tx, websiteId: string): Promise<string> {
  for (let n = 1; ; n++) {
    const name = n === 1 ? DEFAULT_KEY_NAME : `${DEFAULT_KEY_NAME} ${n}`;
    if (!(await nameTaken(tx, websiteId, name))) return name;
  }
}
