import type { Role } from "./roles";

// The permission catalogue (SPEC §2). Its order is the canonical order of every permission list.
export const PERMISSIONS = [
  "analytics:read",
  "goals:read",
  "goals:write",
  "payments:read",
  "payments:write",
  "identify:write",
  "websites:read",
  "websites:write",
  "settings:read",
  "settings:write",
  "funnels:read",
  "funnels:write",
  "alerts:read",
  "alerts:write",
  "team:read",
  "team:write",
  "api-keys:read",
  "api-keys:write",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

/** "*": every permission, including ones added later. */
export const ALL = "*";
export type Grant = Permission | typeof ALL;

export type PermissionAction = "read" | "write";

export type PermissionInfo = {
  readonly resource: string;
  readonly label: string;
  readonly action: PermissionAction;
  readonly description: string;
  /** The website roles that can exercise it (SPEC §2 role caps). */
  readonly roles: readonly Role[];
};

// Role caps follow from the action alone: viewers read, members and owners do everything.
// Owner-only acts are operations (operations.ts), not permissions.
const READERS: readonly Role[] = Object.freeze(["owner", "member", "viewer"]);
const WRITERS: readonly Role[] = Object.freeze(["owner", "member"]);

function entry(
  resource: string,
  action: PermissionAction,
  label: string,
  description: string,
): PermissionInfo {
  const roles = action === "read" ? READERS : WRITERS;
  return Object.freeze({ resource, label, action, description, roles });
}

export const PERMISSION_TABLE: Readonly<Record<Permission, PermissionInfo>> = Object.freeze({
  "analytics:read": entry("analytics", "read", "Read analytics", "View analytics and the account profile."),
  "goals:read": entry("goals", "read", "Read goals", "View goals and custom events."),
  "goals:write": entry("goals", "write", "Write goals", "Record custom goal events."),
  "payments:read": entry("payments", "read", "Read payments", "View recorded payments."),
  "payments:write": entry("payments", "write", "Write payments", "Record payments."),
  "identify:write": entry("identify", "write", "Identify visitors", "Link visitors to your own user ids."),
  "websites:read": entry("websites", "read", "Read websites", "List the websites you can reach."),
  "websites:write": entry(
    "websites",
    "write",
    "Write websites",
    "Create websites; delete them as their owner.",
  ),
  "settings:read": entry("settings", "read", "Read settings", "View website settings and the activity log."),
  "settings:write": entry("settings", "write", "Write settings", "Change website settings."),
  "funnels:read": entry("funnels", "read", "Read funnels", "View funnels."),
  "funnels:write": entry("funnels", "write", "Write funnels", "Create, change and delete funnels."),
  "alerts:read": entry("alerts", "read", "Read alerts", "View alerts."),
  "alerts:write": entry("alerts", "write", "Write alerts", "Create, change and delete alerts."),
  "team:read": entry("team", "read", "Read team", "View members and invitations."),
  "team:write": entry("team", "write", "Write team", "Invite, remove and change members, as the owner."),
  "api-keys:read": entry(
    "api-keys",
    "read",
    "Read API keys",
    "List API keys and account tokens, never their secrets.",
  ),
  "api-keys:write": entry(
    "api-keys",
    "write",
    "Write API keys",
    "Create, roll and revoke API keys and tokens.",
  ),
});

export type PermissionGroup = {
  readonly resource: string;
  readonly label: string;
  readonly read?: Permission;
  readonly write?: Permission;
};

const RESOURCE_LABEL: Readonly<Record<string, string>> = {
  analytics: "Analytics",
  goals: "Goals",
  payments: "Payments",
  identify: "Identify",
  websites: "Websites",
  settings: "Settings",
  funnels: "Funnels",
  alerts: "Alerts",
  team: "Team",
  "api-keys": "API keys",
};

// Derived from the table so the picker can never disagree with it; catalogue order.
function groups(): readonly PermissionGroup[] {
  type Draft = { resource: string; label: string; read?: Permission; write?: Permission };
  const byResource = new Map<string, Draft>();
  for (const permission of PERMISSIONS) {
    const { resource, action } = PERMISSION_TABLE[permission];
    const group = byResource.get(resource) ?? { resource, label: RESOURCE_LABEL[resource] ?? resource };
    group[action] = permission;
    byResource.set(resource, group);
  }
  return Object.freeze([...byResource.values()].map((group) => Object.freeze(group)));
}

/** Resource groups for the permission picker, in catalogue order. */
export const PERMISSION_GROUPS: readonly PermissionGroup[] = groups();

export const READ_PERMISSIONS: readonly Permission[] = Object.freeze(
  PERMISSIONS.filter((permission) => PERMISSION_TABLE[permission].action === "read"),
);
export const WRITE_PERMISSIONS: readonly Permission[] = Object.freeze(
  PERMISSIONS.filter((permission) => PERMISSION_TABLE[permission].action === "write"),
);

// Set lookups, never `in`: "__proto__" or "toString" must not pass as permissions.
const PERMISSION_SET: ReadonlySet<string> = new Set(PERMISSIONS);

export function isPermission(x: unknown): x is Permission {
  return typeof x === "string" && PERMISSION_SET.has(x);
}

export function isGrant(x: unknown): x is Grant {
  return x === ALL || isPermission(x);
}

/** The permissions a list of grants stands for; "*" is every permission, anything unknown is nothing. */
export function expandGrants(grants: unknown): Set<Permission> {
  if (!Array.isArray(grants)) return new Set();
  if (grants.includes(ALL)) return new Set(PERMISSIONS);
  return new Set(grants.filter(isPermission));
}
