import "server-only";
import { tokenCoversKey, type Bounds } from "@/lib/access";
import type { Actor } from "@/lib/actor";
import { keyIsWithin } from "@/lib/credentials/lineage";
import type { Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { KEY_OUTSIDE_LINEAGE_MESSAGE, TOKEN_BELOW_KEY_MESSAGE } from "./messages";

type Tx = Prisma.TransactionClient;

/**
 * A token acts on a website's keys only when it holds a key's power there (member-level: every
 * permission), since a key it creates or rolls hands it that power (issue 14: a narrow token
 * must not obtain a wider secret). Sessions are judged by their role alone; keys by lineage.
 */
export function requireTokenCoversKey(token: Bounds | null, websiteId: string): void {
  if (token === null || tokenCoversKey(token, websiteId)) return;
  throw new AppError("FORBIDDEN", TOKEN_BELOW_KEY_MESSAGE, {
    refused: { operation: "api-keys.write", websiteId },
  });
}

/**
 * Whether the actor may roll, revoke, rename or end the old secret of this key of the website
 * (which exists): a `df_` key manages only itself and the keys minted from it (S80); a token
 * needs a key's power.
 */
export async function requireKeyManagement(
  tx: Tx,
  actor: Actor,
  { websiteId, keyId }: { websiteId: string; keyId: string },
): Promise<void> {
  const principal = actor.principal;
  requireTokenCoversKey(principal.kind === "account-token" ? principal : null, websiteId);
  if (principal.kind !== "website-key" || (await keyIsWithin(tx, { keyId, ancestorId: principal.keyId })))
    return;
  throw new AppError("FORBIDDEN", KEY_OUTSIDE_LINEAGE_MESSAGE, {
    refused: { operation: "api-keys.write", websiteId },
  });
}
