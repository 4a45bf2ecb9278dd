import { PERMISSIONS, PERMISSION_TABLE, isPermission, type Permission } from "./permissions";

export const ROLES = ["owner", "member", "viewer"] as const;
export type Role = (typeof ROLES)[number];

/** Roles an owner may invite someone as or change someone to; there is exactly one owner (SPEC §1). */
export const ASSIGNABLE_ROLES = ["member", "viewer"] as const;
export type AssignableRole = (typeof ASSIGNABLE_ROLES)[number];

export const ROLE_LABEL: Readonly<Record<Role, string>> = Object.freeze({
  owner: "Owner",
  member: "Member",
  viewer: "Viewer",
});

export const ROLE_DESCRIPTION: Readonly<Record<Role, string>> = Object.freeze({
  owner: "Everything, including managing the team, transferring and deleting the website.",
  member: "Manages data, settings, keys, funnels, alerts, goals and payments — not the team, not deletion.",
  viewer: "Reads everything; changes nothing.",
});

const ROLE_SET: ReadonlySet<string> = new Set(ROLES);
const ASSIGNABLE_SET: ReadonlySet<string> = new Set(ASSIGNABLE_ROLES);

export function isRole(x: unknown): x is Role {
  return typeof x === "string" && ROLE_SET.has(x);
}

export function isAssignableRole(x: unknown): x is AssignableRole {
  return typeof x === "string" && ASSIGNABLE_SET.has(x);
}

// Computed once from the one permission table; never handed out, so callers cannot poison it.
const CAPS: ReadonlyMap<Role, ReadonlySet<Permission>> = new Map(
  ROLES.map((role) => [role, new Set(PERMISSIONS.filter((p) => PERMISSION_TABLE[p].roles.includes(role)))]),
);

/** Every permission the role can ever exercise on a website; empty for anything that is not a role. */
export function roleCap(role: unknown): ReadonlySet<Permission> {
  const cap = isRole(role) ? CAPS.get(role) : undefined;
  return new Set(cap);
}

export function roleCan(role: unknown, permission: unknown): boolean {
  if (!isRole(role) || !isPermission(permission)) return false;
  return CAPS.get(role)?.has(permission) ?? false;
}
