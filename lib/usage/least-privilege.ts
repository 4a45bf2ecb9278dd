import "server-only";
import { PERMISSIONS, expandGrants, type Permission } from "@/lib/access";
import { CATALOGUE, requiredPermission } from "@/lib/api/catalogue";

/** What a token's use in the usage window says about the access it needs. */
export type LeastPrivilege = {
  /** Held (directly or through `*`) but not exercised, in catalogue order. */
  unused: Permission[];
  /** Held and exercised: what a narrower replacement keeps. */
  used: Permission[];
  /** The websites it acted on, within its own scope: what a narrower replacement reaches. */
  websiteIds: string[];
};

const PERMISSION_OF: ReadonlyMap<string, Permission | null> = new Map(
  CATALOGUE.map((operation) => [operation.id, requiredPermission(operation)]),
);

/**
 * Held permissions the token did not exercise (a 2xx answer to an operation that needs it, mapped
 * through the catalogue), and the websites it used. Operations any secret may call exercise none.
 */
export function leastPrivilege(
  token: { permissions: readonly string[]; allWebsites: boolean; websiteIds: readonly string[] },
  exercised: readonly { operation: string; websiteId: string }[],
): LeastPrivilege {
  const held = expandGrants(token.permissions);
  const needed = new Set(exercised.map((e) => PERMISSION_OF.get(e.operation)).filter((p) => p != null));
  const inScope = (id: string) => id !== "" && (token.allWebsites || token.websiteIds.includes(id));
  return {
    unused: PERMISSIONS.filter((p) => held.has(p) && !needed.has(p)),
    used: PERMISSIONS.filter((p) => held.has(p) && needed.has(p)),
    websiteIds: [...new Set(exercised.map((e) => e.websiteId).filter(inScope))].sort(),
  };
}
