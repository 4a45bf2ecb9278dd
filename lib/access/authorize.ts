import { expandGrants, type Grant, type Permission } from "./permissions";
import { operationSpec, type Operation, type OperationSpec } from "./operations";
import { keyActingRole } from "./lineage";
import { checkedPrincipal, isId, scopeIncludes, type Principal } from "./principal";
import { ROLE_LABEL, isRole, roleCap, type Role } from "./roles";

/** CONFLICT: the act is allowed to this principal but not in this state (the owner leaving). */
export type Decision = { ok: true } | { ok: false; code: "FORBIDDEN" | "CONFLICT"; message: string };
export type AuthorizeContext = { websiteId?: string; role?: Role | null };

/** Also the answer for a website that does not exist, so a refusal never reveals existence. */
export const NO_WEBSITE_ACCESS_MESSAGE = "You do not have access to this website.";
export const KEY_ACCOUNT_MESSAGE = "Website API keys cannot use account routes.";
export const UNKNOWN_OPERATION_MESSAGE = "This operation is not allowed.";
export const UNKNOWN_PRINCIPAL_MESSAGE = "You are not allowed to do this.";
export const OWNER_STAYS_MESSAGE = "A website always has an owner: transfer ownership to someone else first.";

const OK: Decision = Object.freeze({ ok: true });

function deny(message: string): Decision {
  return { ok: false, code: "FORBIDDEN", message };
}

/** An account token's permissions on a website: its grants ∩ its scope ∩ its user's current role there. */
export function tokenPermissionsOn(
  token: { permissions: readonly Grant[]; websiteIds: readonly string[] | "all" },
  websiteId: string,
  role: Role | null,
): ReadonlySet<Permission> {
  if (!isId(websiteId) || !scopeIncludes(token.websiteIds, websiteId)) return new Set();
  const cap = roleCap(role);
  return new Set([...expandGrants(token.permissions)].filter((permission) => cap.has(permission)));
}

/**
 * What P can do on the website today: token ∩ scope ∩ current role. For a `df_` key, `role` is
 * its person's current role on the key's website: it acts as a member capped by it (keyActingRole).
 */
export function effectivePermissions(
  p: Principal,
  websiteId: string,
  role: Role | null,
): ReadonlySet<Permission> {
  const principal = checkedPrincipal(p);
  if (principal === null || !isId(websiteId)) return new Set();
  switch (principal.kind) {
    case "session":
      return roleCap(role);
    case "account-token":
      return tokenPermissionsOn(principal, websiteId, role);
    case "website-key":
      return principal.websiteId === websiteId ? roleCap(keyActingRole(role)) : new Set();
  }
}

function onlyOwners(spec: OperationSpec): string {
  return `Only owners can ${spec.description}.`;
}

/** "Only owners can …" for owner-only operations; null for the others. */
export function ownerOnlyReason(op: unknown): string | null {
  const spec = operationSpec(op);
  return spec?.ownerOnly ? onlyOwners(spec) : null;
}

export function authorize(p: Principal, op: Operation, ctx: AuthorizeContext): Decision {
  const spec = operationSpec(op);
  if (spec === undefined) return deny(UNKNOWN_OPERATION_MESSAGE);
  const principal = checkedPrincipal(p);
  if (principal === null) return deny(UNKNOWN_PRINCIPAL_MESSAGE);
  if (spec.sessionOnly && principal.kind !== "session")
    return deny(`Only a signed-in person can ${spec.description}.`);
  return spec.scope === "account"
    ? authorizeAccount(principal, spec)
    : authorizeWebsite(principal, spec, ctx);
}

function authorizeAccount(p: Principal, spec: OperationSpec): Decision {
  switch (p.kind) {
    case "session":
      return OK;
    case "account-token":
      if (!expandGrants(p.permissions).has(spec.permission)) {
        return deny(`This token needs ${spec.permission} to ${spec.description}.`);
      }
      if (spec.unrestrictedScopeOnly && p.websiteIds !== "all") {
        return deny(`A token limited to selected websites cannot ${spec.description}.`);
      }
      return OK;
    case "website-key":
      return deny(KEY_ACCOUNT_MESSAGE);
  }
}

/**
 * The role P acts with on the website, or null when P has no access there at all (the contract's
 * "no role, out of token scope, key of another website"). `role` is the person's current role
 * there; a `df_` key acts as a member capped by its person's role (keyActingRole), never as owner.
 */
export function actingRole(
  p: Principal,
  { websiteId, role }: { websiteId: string; role: Role | null },
): Role | null {
  const principal = checkedPrincipal(p);
  if (principal === null || !isId(websiteId)) return null;
  switch (principal.kind) {
    case "session":
      return role;
    case "account-token":
      return scopeIncludes(principal.websiteIds, websiteId) ? role : null;
    case "website-key":
      return principal.websiteId === websiteId ? keyActingRole(role) : null;
  }
}

// The context is still untrusted here (a null one is refused, not a crash).
function authorizeWebsite(p: Principal, spec: OperationSpec, ctx: AuthorizeContext): Decision {
  const websiteId = ctx?.websiteId;
  const role = ctx?.role;
  if (!isId(websiteId)) return deny(NO_WEBSITE_ACCESS_MESSAGE);
  const acting = actingRole(p, { websiteId, role: isRole(role) ? role : null });
  if (acting === null) return deny(NO_WEBSITE_ACCESS_MESSAGE);
  if (spec.notOwner && acting === "owner")
    return { ok: false, code: "CONFLICT", message: OWNER_STAYS_MESSAGE };
  if (spec.ownerOnly && acting !== "owner") return deny(onlyOwners(spec));
  if (effectivePermissions(p, websiteId, acting).has(spec.permission)) return OK;
  // The role allows it, so the token's own permissions are what is missing.
  return roleCap(acting).has(spec.permission)
    ? deny(`This token needs ${spec.permission} to ${spec.description}.`)
    : deny(`${ROLE_LABEL[acting]}s can't ${spec.description}.`);
}
