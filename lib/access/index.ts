// lib/access — the one pure permission model (no Next, React, Prisma, node: or I/O).
// Every question is a total function: anything unknown is refused, nothing throws.
//
// Decisions where the contract is silent:
// - An empty website list is ambiguous (the REST API uses [] for "all"), so it is never read as
//   "all" here: in a Principal it reaches no website; validateNewToken and withinCaller refuse it.
//   The domain maps the API's [] to "all" before calling.
// - "*" is granted on an allow-listed website only by its owner (it also covers owner-only acts and
//   permissions added later); withinCaller lets only a "*" caller grant "*".
// - presetOf: an explicit list of all 18 permissions is "custom", not "full-access" ("*" also
//   covers permissions added later).
// - parsePermissionList accepts "*" beside other entries (the contract's length bound allows it)
//   and returns ["*"]; it checks the length before any entry, so a 500-entry list costs nothing.
// - Untrusted text echoed in messages (permissions, website ids) is shown as printable ASCII,
//   cut to 40 characters, so it cannot forge log lines, hide behind bidi marks or flood.
// - validateNewToken also refuses duplicate website ids, and reports every error (not the first).
// - Refusal order for website operations: no access at all → owner-only → missing permission, so
//   an outsider only ever learns "You do not have access to this website."
// - A df_ key acts as member of its own website whatever role the caller passes.
// - sessionOrTokenOnly marks exactly the account operations, which keys are refused by scope.
// - roleChangeImpact lists only tokens that lose something.
// - Duplicate membership facts for one website count with the weaker role.

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
export { OPERATIONS, OPERATION_NAMES, isOperation, operationSpec, type Operation, type OperationSpec } from "./operations";
export { EMPTY_SCOPE_MESSAGE, PRINCIPAL_KINDS, checkedPrincipal, type Principal, type PrincipalKind } from "./principal";
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
export { roleChangeImpact, type TokenFact, type TokenImpact } from "./role-change-impact";
export {
  GRID,
  GRID_CLASSES,
  gridCase,
  gridCells,
  type GridCell,
  type GridClass,
  type GridExpectation,
  type GridRow,
  type GridSite,
  type Outcome,
} from "./grid";
