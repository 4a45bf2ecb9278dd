import type { Grant } from "./permissions";

/** Who is asking: a signed-in user, a `dft_` account token, or a `df_` website key. */
export type Principal =
  | { kind: "session"; userId: string }
  | {
      kind: "account-token";
      userId: string;
      tokenId: string;
      permissions: readonly Grant[];
      /** "all": every website the user can reach. A list is an allow-list; [] reaches nothing. */
      websiteIds: readonly string[] | "all";
    }
  | {
      kind: "website-key";
      keyId: string;
      websiteId: string;
      /** The person the key acts for (its maker, inherited by keys minted from keys); null: unknown. */
      personId?: string | null;
    };

export type PrincipalKind = Principal["kind"];

export const PRINCIPAL_KINDS: readonly PrincipalKind[] = Object.freeze([
  "session",
  "account-token",
  "website-key",
]);

/** A usable id: a non-empty string. */
export function isId(x: unknown): x is string {
  return typeof x === "string" && x.length > 0;
}

function isScope(x: unknown): boolean {
  return x === "all" || Array.isArray(x);
}

/** The principal if every field has its promised type, else null: callers treat null as "refuse". */
export function checkedPrincipal(p: unknown): Principal | null {
  if (typeof p !== "object" || p === null) return null;
  const c = p as Record<string, unknown>;
  switch (c.kind) {
    case "session":
      return isId(c.userId) ? (p as Principal) : null;
    case "account-token":
      return isId(c.userId) && isId(c.tokenId) && Array.isArray(c.permissions) && isScope(c.websiteIds)
        ? (p as Principal)
        : null;
    case "website-key":
      return isId(c.keyId) && isId(c.websiteId) && (c.personId == null || isId(c.personId))
        ? (p as Principal)
        : null;
    default:
      return null;
  }
}

/** Refusal for an empty allow-list, which is never read as "all" (the REST API's [] is mapped before). */
export const EMPTY_SCOPE_MESSAGE = "Choose all websites or at least one website.";

/** Whether a token's website scope reaches the website. An empty allow-list reaches nothing. */
export function scopeIncludes(websiteIds: unknown, websiteId: string): boolean {
  return websiteIds === "all" || (Array.isArray(websiteIds) && websiteIds.includes(websiteId));
}
