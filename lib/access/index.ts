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
//   (actingRole: a viewer's key reads only); when the person has left or is unknown it stays a
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
// - The matrix grid (grid-test-fixtures.ts, test data outside this barrel) leaves out "anonymous"
//   and "revoked/expired/rolled" (401 before any principal exists); its "allow-list [B] used on A"
//   token belongs to A's owner, so only the scope refuses.
// - team.leave is a session's own act; the owner is refused as a CONFLICT (a website keeps one owner).
//
// This barrel exports what the app uses; tests import the modules themselves.

export {
  ALL,
  PERMISSIONS,
  PERMISSION_GROUPS,
  PERMISSION_TABLE,
  expandGrants,
  isGrant,
  type Grant,
  type Permission,
  type PermissionGroup,
} from "./permissions";
export {
  ASSIGNABLE_ROLES,
  ROLES,
  ROLE_DESCRIPTION,
  ROLE_LABEL,
  isAssignableRole,
  isRole,
  type AssignableRole,
  type Role,
} from "./roles";
export { operationSpec, type Operation } from "./operations";
export { EMPTY_SCOPE_MESSAGE, type Principal } from "./principal";
export {
  KEY_ACCOUNT_MESSAGE,
  NO_WEBSITE_ACCESS_MESSAGE,
  OWNER_STAYS_MESSAGE,
  UNKNOWN_PRINCIPAL_MESSAGE,
  actingRole,
  authorize,
  ownerOnlyReason,
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
  type Preset,
} from "./permission-list";
export {
  grantableAnywhere,
  notGrantableReason,
  previewAccess,
  validateNewToken,
  type AccessPreview,
  type MembershipFact,
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
} from "./lineage";
export { roleChangeImpact, type TokenFact, type TokenImpact } from "./role-change-impact";
export { latestExpiryWithin, tokenPolicyRefusal, type PolicyToken, type TokenPolicy } from "./token-policy";
