import { isId } from "./principal";
import { ROLES, isRole, type Role } from "./roles";

/** A user's role on one website, as the domain loaded it. */
export type MembershipFact = { websiteId: string; websiteName: string; role: Role };

// ROLES runs strongest to weakest.
function weaker(a: Role, b: Role): Role {
  return ROLES.indexOf(a) > ROLES.indexOf(b) ? a : b;
}

/**
 * Memberships by website id. Malformed facts are dropped; if a website appears twice, the weaker
 * role counts — inconsistent data must never widen access.
 */
export function membershipIndex(memberships: readonly MembershipFact[]): Map<string, MembershipFact> {
  const index = new Map<string, MembershipFact>();
  for (const fact of Array.isArray(memberships) ? memberships : []) {
    if (typeof fact !== "object" || fact === null || !isId(fact.websiteId) || !isRole(fact.role)) continue;
    const known = index.get(fact.websiteId);
    index.set(fact.websiteId, known ? { ...known, role: weaker(known.role, fact.role) } : fact);
  }
  return index;
}
