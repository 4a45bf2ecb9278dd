import type { Permission } from "./permissions";

export type OperationSpec = {
  readonly permission: Permission;
  /** "website": needs a website and access to it; "account": the caller's own account, no website role applies. */
  readonly scope: "website" | "account";
  /** Needs the owner role on the website even when the permission is held (SPEC §1 owner-only acts). */
  readonly ownerOnly?: true;
  /** Refused to `df_` website keys. */
  readonly sessionOrTokenOnly?: true;
  /** Refused to an account token confined to an allow-list. */
  readonly unrestrictedScopeOnly?: true;
  /** A person's own act in the dashboard: refused to tokens and keys. */
  readonly sessionOnly?: true;
  /** Refused to the owner as a CONFLICT, not a refusal: a website always keeps its one owner. */
  readonly notOwner?: true;
  /** Lower-case phrase that completes "Only owners can …" or "You need <permission> to …". */
  readonly description: string;
};

function website(permission: Permission, description: string): OperationSpec {
  return Object.freeze({ permission, scope: "website", description });
}

function ownerOnly(permission: Permission, description: string): OperationSpec {
  return Object.freeze({ permission, scope: "website", ownerOnly: true, description });
}

function leave(permission: Permission, description: string): OperationSpec {
  return Object.freeze({ permission, scope: "website", sessionOnly: true, notOwner: true, description });
}

// Account routes are never for `df_` keys: a key belongs to a website, not to a person.
function account(permission: Permission, description: string, unrestrictedScopeOnly = false): OperationSpec {
  return Object.freeze({
    permission,
    scope: "account",
    sessionOrTokenOnly: true,
    ...(unrestrictedScopeOnly ? { unrestrictedScopeOnly: true } : {}),
    description,
  });
}

/** The operation catalogue: every act the dashboard, the actions and the REST API authorize. */
export const OPERATIONS = Object.freeze({
  "analytics.read": website("analytics:read", "read analytics"),
  "goals.read": website("goals:read", "view goals"),
  "goals.write": website("goals:write", "record goals"),
  "payments.read": website("payments:read", "view payments"),
  "payments.write": website("payments:write", "record payments"),
  "identify.write": website("identify:write", "identify visitors"),
  "settings.read": website("settings:read", "view this website's settings"),
  "settings.write": website("settings:write", "change this website's settings"),
  "funnels.read": website("funnels:read", "view funnels"),
  "funnels.write": website("funnels:write", "manage funnels"),
  "alerts.read": website("alerts:read", "view alerts"),
  "alerts.write": website("alerts:write", "manage alerts"),
  "api-keys.read": website("api-keys:read", "view this website's API keys"),
  "api-keys.write": website("api-keys:write", "create, roll and revoke this website's API keys"),
  "team.read": website("team:read", "view the team"),
  "token-policy.read": website("api-keys:read", "view this website's token policy"),
  "token-policy.write": ownerOnly("api-keys:write", "set this website's token policy"),
  "audit.read": website("settings:read", "view this website's activity"),
  "team.invite": ownerOnly("team:write", "invite members"),
  "team.remove": ownerOnly("team:write", "remove members"),
  "team.change-role": ownerOnly("team:write", "change members' roles"),
  "website.transfer": ownerOnly("team:write", "transfer ownership of this website"),
  // Offboarding: revoke or roll at once every key a person stands behind on the website.
  "team.offboard": ownerOnly("team:write", "revoke or roll the keys a person stands behind"),
  // As GitHub organisations show it, on the Team page: whether each member signs in with a
  // second factor. Not an API read: it describes people's accounts, not the website.
  "team.two-factor.read": Object.freeze({
    ...ownerOnly("team:read", "see who uses two-factor authentication"),
    sessionOnly: true,
  }),
  "website.delete": ownerOnly("websites:write", "delete this website"),
  // Anyone on the team may leave, except the owner, who must transfer ownership first.
  "team.leave": leave("team:read", "leave a website"),
  "account.read": account("analytics:read", "view your account"),
  // SPEC §5 guards PUT /admin/account with analytics:read, like the GET.
  "account.write": account("analytics:read", "change your account"),
  "tokens.read": account("api-keys:read", "list your account tokens"),
  "tokens.write": account("api-keys:write", "create and revoke account tokens"),
  "websites.list": account("websites:read", "list your websites"),
  // A website created by an allow-listed token would lie outside that token's own scope.
  "websites.create": account("websites:write", "create websites", true),
});

export type Operation = keyof typeof OPERATIONS;

const OPERATION_MAP: ReadonlyMap<string, OperationSpec> = new Map(Object.entries(OPERATIONS));

export const OPERATION_NAMES: readonly Operation[] = Object.freeze(Object.keys(OPERATIONS) as Operation[]);

export function isOperation(x: unknown): x is Operation {
  return typeof x === "string" && OPERATION_MAP.has(x);
}

/** The spec of a known operation; undefined for anything else (including "__proto__"). */
export function operationSpec(x: unknown): OperationSpec | undefined {
  return typeof x === "string" ? OPERATION_MAP.get(x) : undefined;
}
