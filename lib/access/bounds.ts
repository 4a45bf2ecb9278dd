import { parsePermissionList } from "./permission-list";
import { ALL, isGrant, type Grant } from "./permissions";
import { EMPTY_SCOPE_MESSAGE } from "./principal";
import { quoted } from "./safe-text";

export type Bounds = { permissions: readonly Grant[]; websiteIds: readonly string[] | "all" };
export type BoundsCheck = { ok: true } | { ok: false; message: string };

function permissionError(caller: unknown, requested: unknown): string | null {
  const parsed = parsePermissionList(requested);
  if (!parsed.ok) return parsed.message;
  const held: readonly Grant[] = Array.isArray(caller) ? caller.filter(isGrant) : [];
  // "*" covers permissions added later, so nothing short of "*" may grant it.
  if (held.includes(ALL)) return null;
  for (const grant of parsed.value) {
    if (!held.includes(grant)) {
      const what = grant === ALL ? `"*" (full access)` : quoted(grant);
      return `The calling token can't grant ${what}: it does not hold it.`;
    }
  }
  return null;
}

// An empty list is never read as "all" here: the domain maps the API's [] to "all" before calling.
function scopeError(caller: unknown, requested: unknown): string | null {
  if (requested === "all") {
    return caller === "all"
      ? null
      : "The calling token is limited to selected websites, so it can't grant all websites.";
  }
  if (!Array.isArray(requested) || requested.length === 0) return EMPTY_SCOPE_MESSAGE;
  for (const id of requested) {
    if (typeof id !== "string") return "Website ids must be strings.";
    if (caller !== "all" && !(Array.isArray(caller) && caller.includes(id))) {
      return `The calling token can't grant website ${quoted(id)}: it is outside its own scope.`;
    }
  }
  return null;
}

/**
 * A token minted by a token stays within the caller (SPEC §3): permissions ⊆ the caller's and
 * website scope ⊆ the caller's. Role validation (validateNewToken) applies on top.
 */
export function withinCaller(
  caller: Bounds,
  requested: { permissions: Grant[]; websiteIds: string[] | "all" },
): BoundsCheck {
  const message =
    permissionError(caller.permissions, requested.permissions) ??
    scopeError(caller.websiteIds, requested.websiteIds);
  return message === null ? { ok: true } : { ok: false, message };
}
