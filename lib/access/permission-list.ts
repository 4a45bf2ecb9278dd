import { ALL, PERMISSIONS, READ_PERMISSIONS, isGrant, type Grant } from "./permissions";
import { quoted } from "./safe-text";

export type PermissionListResult = { ok: true; value: Grant[] } | { ok: false; message: string };

/** Every permission once, plus "*": anything longer must repeat or invent an entry. */
export const MAX_PERMISSION_ENTRIES = PERMISSIONS.length + 1;

function fail(message: string): PermissionListResult {
  return { ok: false, message };
}

/**
 * Parses a requested permission list. Entries must be exact catalogue strings: no case folding,
 * trimming or wildcard expansion, so a typo is refused rather than widened or guessed.
 * The length is checked first, so a huge list costs nothing.
 */
export function parsePermissionList(input: unknown): PermissionListResult {
  if (!Array.isArray(input)) return fail("Permissions must be a list of strings.");
  if (input.length === 0) return fail("Choose at least one permission.");
  if (input.length > MAX_PERMISSION_ENTRIES) {
    return fail(`Too many permissions: ${input.length} entries, at most ${MAX_PERMISSION_ENTRIES}.`);
  }
  const seen = new Set<string>();
  for (let index = 0; index < input.length; index++) {
    const entry: unknown = input[index];
    if (typeof entry !== "string") return fail(`Permission ${index + 1} is not a string.`);
    if (!isGrant(entry)) return fail(`Unknown permission ${quoted(entry)}.`);
    if (seen.has(entry)) return fail(`Duplicate permission ${quoted(entry)}.`);
    seen.add(entry);
  }
  return { ok: true, value: canonicalPermissions([...seen] as Grant[]) };
}

/** ["*"] when "*" is present (it covers everything); else catalogue order, no duplicates, no unknowns. */
export function canonicalPermissions(grants: readonly Grant[]): Grant[] {
  const given = new Set<unknown>(Array.isArray(grants) ? grants : []);
  if (given.has(ALL)) return [ALL];
  return PERMISSIONS.filter((permission) => given.has(permission));
}

export type Preset = "read-only" | "full-access";

const FULL_ACCESS: readonly Grant[] = Object.freeze([ALL] as const);

export const PRESETS: Readonly<Record<Preset, readonly Grant[]>> = Object.freeze({
  "read-only": READ_PERMISSIONS,
  "full-access": FULL_ACCESS,
});

export const PRESET_LABEL: Readonly<Record<Preset | "custom", string>> = Object.freeze({
  "read-only": "Read-only",
  "full-access": "Full access",
  custom: "Custom",
});

function sameList(a: readonly Grant[], b: readonly Grant[]): boolean {
  return a.length === b.length && a.every((grant, index) => grant === b[index]);
}

/**
 * Which preset the grants are. An explicit list of all 18 permissions is "custom", not
 * "full-access": unlike "*", it does not cover permissions added later.
 */
export function presetOf(grants: readonly Grant[]): Preset | "custom" {
  const canonical = canonicalPermissions(grants);
  if (sameList(canonical, PRESETS["full-access"])) return "full-access";
  if (sameList(canonical, PRESETS["read-only"])) return "read-only";
  return "custom";
}

/** Short text for token lists: "Full access", "Read-only", "goals:write" or "3 permissions". */
export function summarizePermissions(grants: readonly Grant[]): string {
  const preset = presetOf(grants);
  if (preset !== "custom") return PRESET_LABEL[preset];
  const canonical = canonicalPermissions(grants);
  const [only] = canonical;
  return canonical.length === 1 && only !== undefined ? only : `${canonical.length} permissions`;
}
