import { tokenPermissionsOn } from "./authorize";
import { PERMISSIONS, type Grant, type Permission } from "./permissions";
import type { Role } from "./roles";

export type TokenFact = {
  id: string;
  name: string;
  permissions: readonly Grant[];
  websiteIds: readonly string[] | "all";
};

export type TokenImpact = { tokenId: string; name: string; lost: Permission[] };

/**
 * Which of the person's account tokens lose which permissions on the website when their role
 * changes from `from` to `to` (null: removed). Tokens that lose nothing are left out, so the
 * result reads directly as "2 tokens lose funnels:write".
 */
export function roleChangeImpact(
  tokens: readonly TokenFact[],
  websiteId: string,
  from: Role,
  to: Role | null,
): TokenImpact[] {
  return (Array.isArray(tokens) ? tokens : []).flatMap((token) => {
    const before = tokenPermissionsOn(token, websiteId, from);
    const after = tokenPermissionsOn(token, websiteId, to);
    const lost = PERMISSIONS.filter((permission) => before.has(permission) && !after.has(permission));
    return lost.length === 0 ? [] : [{ tokenId: token.id, name: token.name, lost }];
  });
}
