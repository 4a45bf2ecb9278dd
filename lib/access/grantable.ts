import { membershipIndex, type MembershipFact } from "./memberships";
import { parsePermissionList } from "./permission-list";
import { ALL, PERMISSIONS, expandGrants, type Grant, type Permission } from "./permissions";
import { EMPTY_SCOPE_MESSAGE } from "./principal";
import { roleCap, type Role } from "./roles";
import { safeText } from "./safe-text";

export type { MembershipFact } from "./memberships";

export type NewTokenInput = { permissions: Grant[]; websiteIds: string[] | "all" };

export type TokenFieldError = {
  field: "permissions" | "websiteIds";
  message: string;
  websiteId?: string;
  permission?: string;
};

export type NewTokenValidation = { ok: true } | { ok: false; errors: TokenFieldError[] };

/** What a user with this role may grant on that website: exactly what the role can exercise. */
export function grantableOn(role: unknown): ReadonlySet<Permission> {
  return roleCap(role);
}

/** What the user could exercise on at least one of their websites. */
export function grantableAnywhere(memberships: readonly MembershipFact[]): ReadonlySet<Permission> {
  const union = new Set<Permission>();
  for (const fact of membershipIndex(memberships).values()) {
    for (const permission of roleCap(fact.role)) union.add(permission);
  }
  return union;
}

/** Why the picker disables a permission ("never" grantable), or null when some website allows it. */
export function notGrantableReason(
  memberships: readonly MembershipFact[],
  permission: Permission,
): string | null {
  if (grantableAnywhere(memberships).has(permission)) return null;
  return membershipIndex(memberships).size === 0
    ? `You are not on any website yet, so ${permission} would allow nothing.`
    : `None of your roles can exercise ${permission} on any of your websites.`;
}

// "*" also covers owner-only acts and permissions added later, so only an owner may grant it.
function roleErrors(fact: MembershipFact, grants: readonly Grant[]): TokenFieldError[] {
  const where = `You are a ${fact.role} on ${fact.websiteName}`;
  const error = (permission: string, text: string): TokenFieldError => ({
    field: "permissions",
    message: `${where} — ${text} can't be granted there.`,
    websiteId: fact.websiteId,
    permission,
  });
  if (grants.includes(ALL)) return fact.role === "owner" ? [] : [error(ALL, "* (full access)")];
  const cap = roleCap(fact.role);
  return grants.filter((grant) => grant !== ALL && !cap.has(grant)).map((grant) => error(grant, grant));
}

// Untrusted ids are echoed through safeText, in the message and in the websiteId field alike.
function scopeErrors(
  memberships: readonly MembershipFact[],
  ids: readonly unknown[],
  grants: readonly Grant[] | null,
): TokenFieldError[] {
  const index = membershipIndex(memberships);
  const errors: TokenFieldError[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    if (typeof id !== "string") {
      errors.push({ field: "websiteIds", message: "Website ids must be strings." });
      continue;
    }
    const shown = safeText(id);
    const fact = index.get(id);
    if (seen.has(id)) {
      errors.push({ field: "websiteIds", message: `Website ${shown} is listed twice.`, websiteId: shown });
    } else if (!fact) {
      // Same text for a foreign and a non-existent website: no existence leak.
      errors.push({
        field: "websiteIds",
        message: `Website ${shown} is not one of your websites.`,
        websiteId: shown,
      });
    } else if (grants) {
      errors.push(...roleErrors(fact, grants));
    }
    seen.add(id);
  }
  return errors;
}

/**
 * Validates a new account token against its creator's current roles (SPEC §3). The domain maps the
 * API's [] to "all" before calling; an empty list here is refused, never read as "all".
 * With "all", access is computed per request, so no per-website check applies.
 */
export function validateNewToken(
  creatorMemberships: readonly MembershipFact[],
  input: NewTokenInput,
): NewTokenValidation {
  const errors: TokenFieldError[] = [];
  const parsed = parsePermissionList(input?.permissions);
  if (!parsed.ok) errors.push({ field: "permissions", message: parsed.message });
  const scope: unknown = input?.websiteIds;
  if (scope !== "all") {
    if (Array.isArray(scope) && scope.length > 0) {
      errors.push(...scopeErrors(creatorMemberships, scope, parsed.ok ? parsed.value : null));
    } else {
      errors.push({ field: "websiteIds", message: EMPTY_SCOPE_MESSAGE });
    }
  }
  return errors.length === 0 ? { ok: true } : { ok: false, errors };
}

export type AccessPreview = {
  websiteId: string;
  websiteName: string;
  role: Role;
  granted: Permission[];
  dropped: Permission[];
};

/** What the token would do today on each website in its scope: token ∩ role, and what the role drops. */
export function previewAccess(
  memberships: readonly MembershipFact[],
  input: { permissions: readonly Grant[]; websiteIds: readonly string[] | "all" },
): AccessPreview[] {
  const index = membershipIndex(memberships);
  const requested = expandGrants(input?.permissions);
  const scope: unknown = input?.websiteIds;
  const ids = scope === "all" ? [...index.keys()] : Array.isArray(scope) ? [...new Set(scope)] : [];
  return ids.flatMap((id) => {
    const fact = typeof id === "string" ? index.get(id) : undefined;
    if (!fact) return [];
    const cap = roleCap(fact.role);
    const wanted = PERMISSIONS.filter((permission) => requested.has(permission));
    return [
      {
        websiteId: fact.websiteId,
        websiteName: fact.websiteName,
        role: fact.role,
        granted: wanted.filter((permission) => cap.has(permission)),
        dropped: wanted.filter((permission) => !cap.has(permission)),
      },
    ];
  });
}
