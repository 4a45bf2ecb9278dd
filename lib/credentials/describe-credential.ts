import "server-only";
import { expandGrants, PERMISSIONS } from "@/lib/access";
import type { VerifiedCredential } from "./verify";

export type CredentialDescription = {
  kind: "account-token" | "website-key";
  _id: string;
  displayKey: string;
  /** What the secret itself carries; the caller's current role narrows it per website. */
  permissions: string[];
  /** [] means every website the user can reach (account tokens). */
  websiteIds: string[];
  expiresAt: string | null;
};

/** What the calling secret is and can do (GET /api/v1/token): never the secret or its digest. */
export function describeCredential(credential: VerifiedCredential): CredentialDescription {
  const { principal } = credential;
  const base = { _id: credential.id, displayKey: credential.displayKey, expiresAt: credential.expiresAt?.toISOString() ?? null };
  if (principal.kind === "website-key") {
    // Member-level power on its own website: every permission, owner-only acts excluded.
    return { ...base, kind: "website-key", permissions: [...PERMISSIONS], websiteIds: [principal.websiteId] };
  }
  if (principal.kind !== "account-token") throw new Error("a verified secret is a token or a key");
  return {
    ...base,
    kind: "account-token",
    permissions: principal.permissions.includes("*") ? ["*"] : [...expandGrants(principal.permissions)],
    websiteIds: principal.websiteIds === "all" ? [] : [...principal.websiteIds],
  };
}
