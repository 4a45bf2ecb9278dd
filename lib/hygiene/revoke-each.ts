import "server-only";
import { isAppError } from "@/lib/errors";

/** At most this many credentials in one bulk revoke (the lists' page size). */
export const BULK_REVOKE_LIMIT = 100;

export type RevokeEachResult = { id: string; ok: true } | { id: string; ok: false; message: string };

/**
 * Bulk revoke: each credential through its own domain revoke (its own transaction, access check,
 * lineage and audit event), one after another, so a refusal or a missing one fails only itself.
 */
export async function revokeEach(
  ids: readonly string[],
  revokeOne: (id: string) => Promise<unknown>,
): Promise<RevokeEachResult[]> {
  const results: RevokeEachResult[] = [];
  for (const id of new Set(ids)) {
    try {
      await revokeOne(id);
      results.push({ id, ok: true });
    } catch (error) {
      if (!isAppError(error)) throw error;
      results.push({ id, ok: false, message: error.message });
    }
  }
  return results;
}
