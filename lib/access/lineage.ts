import type { Bounds, BoundsCheck } from "./bounds";
import { canonicalPermissions } from "./permission-list";
import { ALL, expandGrants, isGrant, isPermission, type Grant, type Permission } from "./permissions";
import { scopeIncludes } from "./principal";
import { roleCap, type Role } from "./roles";

// Credential lineage (DESIGN "Credentials form trees"): what a child may hold under its parent,
// how a df_ key's power follows its person, and which credentials a token stands above.
// Instants are epoch milliseconds (this model touches no clock); null means "never expires".

/**
 * The role a `df_` key acts with on its own website: a member, capped by the current role there
 * of the person it acts for while that person belongs to the website. A viewer's key reads
 * only. When the person has left (or is unknown: a key from before provenance, or an account
 * since deleted) the key stays a member: it belongs to the website, is flagged for the owner at
 * the person's departure, and ends when the owner revokes or rolls it. Never owner: owner-only
 * acts stay with people.
 */
export function keyActingRole(personRole: Role | null): Role {
  return personRole === "viewer" ? "viewer" : "member";
}

/**
 * Whether a token holds every permission a key acts with (member-level) on that website, so a
 * key it creates, rolls (receiving the secret) or revokes is within its own power. In practice
 * that is "*", or every permission listed.
 */
export function tokenCoversKey(token: Bounds, websiteId: string): boolean {
  if (!scopeIncludes(token.websiteIds, websiteId)) return false;
  const held = expandGrants(token.permissions);
  return [...roleCap("member")].every((permission) => held.has(permission));
}

const WRITE_OF_READ: ReadonlyMap<Permission, Permission> = new Map(
  [...roleCap("viewer")].flatMap((read): [Permission, Permission][] => {
    const write = read.replace(/:read$/, ":write");
    return isPermission(write) ? [[read, write]] : [];
  }),
);

function holdsOrWrites(held: ReadonlySet<string>, permission: Permission): boolean {
  const write = WRITE_OF_READ.get(permission);
  return held.has(permission) || (write !== undefined && held.has(write));
}

/**
 * Whether a caller token stands above a target token of the same person, for revocation: its
 * scope holds the target's, and it holds each target permission or the write permission of the
 * same resource (revoking a reader is no more than a writer of that resource can do). Only "*"
 * covers "*"; only "all websites" covers "all websites".
 */
export function coversForRevoke(caller: Bounds, target: Bounds): boolean {
  const held = new Set<string>(caller.permissions);
  const wanted: readonly string[] = target.permissions;
  // Anything that is not a catalogue grant is never covered (fail closed), even by "*".
  if (!wanted.every(isGrant)) return false;
  if (!held.has(ALL)) {
    for (const grant of wanted) {
      if (grant === ALL || !isPermission(grant) || !holdsOrWrites(held, grant)) return false;
    }
  }
  if (caller.websiteIds === "all") return true;
  if (target.websiteIds === "all") return false;
  return target.websiteIds.every((id) => scopeIncludes(caller.websiteIds, id));
}

/** A parent's expiry instant and how to show it in a refusal. */
export type ParentExpiry = { at: number; shown: string };

/**
 * A child expires no later than its parent. "Never" under an expiring parent, or a later
 * instant, is refused with the parent's expiry named (explicit choices are never silently
 * changed: the domain lets an omitted expiry default to the parent's instead).
 */
export function expiryWithinParent(parent: ParentExpiry | null, child: number | null): BoundsCheck {
  if (parent === null) return { ok: true };
  if (child === null)
    return {
      ok: false,
      message: `The calling credential expires at ${parent.shown}: a credential made with it can't be made to never expire. Choose an expiry no later than that.`,
    };
  if (!Number.isFinite(child) || child > parent.at)
    return {
      ok: false,
      message: `The calling credential expires at ${parent.shown}: choose an expiry no later than that.`,
    };
  return { ok: true };
}

export type LineageBounds = {
  permissions: readonly Grant[];
  websiteIds: readonly string[] | "all";
  expiresAt: number | null;
};

function clampPermissions(child: readonly Grant[], parent: readonly Grant[]): Grant[] {
  const mine = canonicalPermissions(child.filter(isGrant));
  const theirs = canonicalPermissions(parent.filter(isGrant));
  if (theirs.includes(ALL)) return mine;
  if (mine.includes(ALL)) return theirs;
  return mine.filter((grant) => theirs.includes(grant));
}

function clampScope(child: readonly string[] | "all", parent: readonly string[] | "all"): string[] | "all" {
  if (parent === "all") return child === "all" ? "all" : [...child];
  if (child === "all") return [...parent];
  return child.filter((id) => parent.includes(id));
}

function earlier(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

/**
 * A child token brought back within its (narrowed) parent: permissions ∩, scope ∩, the earlier
 * expiry. Null when nothing is left (no permission or no website in common): the child is then
 * revoked rather than left with an empty grant that could later be misread.
 */
export function clampToParent(
  child: LineageBounds,
  parent: LineageBounds,
): { permissions: Grant[]; websiteIds: string[] | "all"; expiresAt: number | null } | null {
  const permissions = clampPermissions(child.permissions, parent.permissions);
  const websiteIds = clampScope(child.websiteIds, parent.websiteIds);
  if (permissions.length === 0 || (websiteIds !== "all" && websiteIds.length === 0)) return null;
  return { permissions, websiteIds, expiresAt: earlier(child.expiresAt, parent.expiresAt) };
}
