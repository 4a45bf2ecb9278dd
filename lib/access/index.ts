// lib/access — the one pure permission model (no Next, React, Prisma, node: or I/O; purity.test.ts
// checks). Every question is a total function: anything unknown is refused, nothing throws.
//
// Decisions where the contract is silent:
// - An empty website list is ambiguous (the REST API uses [] for "all"), so it is never read as
//   "all" here: in a Principal or a caller's bounds it reaches no website; validateNewToken and
//   withinCaller refuse it. The domain maps the API's [] to "all" before calling.
// - "*" on an allow-listed website needs the owner role there (it also covers owner-only acts and
//   permissions added later); in withinCaller only a "*" caller may grant "*", and an explicit
//   list of all 18 permissions is not "*" (presetOf calls it "custom", not "full-access").
// - parsePermissionList accepts "*" beside other entries (the contract's 19-entry bound allows it)
//   and returns ["*"]. It checks the length before any entry, so 500 entries cost nothing.
//   withinCaller and validateNewToken run it too, so malformed lists never pass either.
// - Untrusted text echoed in messages (permission strings, website ids) is shown as printable
//   ASCII cut to 40 characters: no forged log lines, bidi tricks, homoglyphs or floods.
// - validateNewToken reports every error, not the first, and also refuses repeated website ids.
// - Website operations refuse in this order: no access at all → owner-only → missing permission,
//   so an outsider only ever learns "You do not have access to this website."
// - A df_ key acts as a member of its own website capped by its person's current role there
//   (keyActingRole: a viewer's key reads only); when the person has left or is unknown it stays a
//   member until the owner revokes or rolls it (the domain flags it at the departure).
// - Lineage (lineage.ts): a child token is clamped to its parent (∩ permissions, ∩ scope, the
//   earlier expiry) or revoked when nothing is left; an explicit expiry beyond the parent's is
//   refused, never capped. A token acts on keys only when it holds a key's member-level power
//   (tokenCoversKey); it revokes a token of its person when it covers it (coversForRevoke: a
//   write permission covers the read of its resource).
// - sessionOrTokenOnly is set on exactly the account operations; keys are refused there by scope.
// - ownerOnlyReason is null for operations that are not owner-only (and for unknown ones).
// - roleChangeImpact lists only tokens that lose something; owner → member loses no permission
//   (owner-only acts are operations, not permissions).
// - Duplicate membership facts for one website count with the weaker role.
// - The grid leaves out "anonymous" and "revoked/expired/rolled" (401 before any principal exists);
//   its "allow-list [B] used on A" token belongs to A's owner, so only the scope refuses.

export {
  ALL,
  PERMISSIONS,
  PERMISSION_GROUPS,
  PERMISSION_TABLE,
  READ_PERMISSIONS,
  WRITE_PERMISSIONS,
  expandGrants,
  isGrant,
  isPermission,
  type Grant,
  type Permission,
  type PermissionAction,
  type PermissionGroup,
  type PermissionInfo,
} from "./permissions";
export {
  ASSIGNABLE_ROLES,
  ROLES,
  ROLE_DESCRIPTION,
  ROLE_LABEL,
  isAssignableRole,
  isRole,
  roleCan,
  roleCap,
  type AssignableRole,
  type Role,
} from "./roles";
export {
  OPERATIONS,
  OPERATION_NAMES,
  isOperation,
  operationSpec,
  type Operation,
  type OperationSpec,
} from "./operations";
export {
  EMPTY_SCOPE_MESSAGE,
  PRINCIPAL_KINDS,
  checkedPrincipal,
  scopeIncludes,
  type Principal,
  type PrincipalKind,
} from "./principal";
export {
  KEY_ACCOUNT_MESSAGE,
  NO_WEBSITE_ACCESS_MESSAGE,
  UNKNOWN_OPERATION_MESSAGE,
  UNKNOWN_PRINCIPAL_MESSAGE,
  authorize,
  effectivePermissions,
  ownerOnlyReason,
  tokenPermissionsOn,
  type AuthorizeContext,
  type Decision,
} from "./authorize";
export {
  MAX_PERMISSION_ENTRIES,
  PRESETS,
  PRESET_LABEL,
  canonicalPermissions,
  parsePermissionList,
  presetOf,
  summarizePermissions,
  type PermissionListResult,
  type Preset,
} from "./permission-list";
export {
  grantableAnywhere,
  grantableOn,
  notGrantableReason,
  previewAccess,
  validateNewToken,
  type AccessPreview,
  type MembershipFact,
  type NewTokenInput,
  type NewTokenValidation,
  type TokenFieldError,
} from "./grantable";
export { withinCaller, type Bounds, type BoundsCheck } from "./bounds";
export { refusalFeed, seesRequestDetails } from "./activity";
export {
  clampToParent,
  coversForRevoke,
  expiryWithinParent,
  keyActingRole,
  tokenCoversKey,
  type LineageBounds,
  type ParentExpiry,
} from "./lineage";
export { roleChangeImpact, type TokenFact, type TokenImpact } from "./role-change-impact";
export {
  GRID,
  GRID_CLASSES,
  gridCase,
  gridCells,
  type GridCase,
  type GridCell,
  type GridClass,
  type GridExpectation,
  type GridRow,
  type GridSite,
  type Outcome,
} from "./grid";
