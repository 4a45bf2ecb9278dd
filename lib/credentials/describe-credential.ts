import "server-only";
import { z } from "zod";
import { expandGrants, PERMISSIONS } from "@/lib/access";
import { grantListField, idField, instantField } from "@/lib/utils/dto-fields";
import type { VerifiedCredential } from "./verify";

export const credentialDescriptionSchema = z.object({
  kind: z.enum(["account-token", "website-key"]),
  _id: idField,
  displayKey: z.string(),
  permissions: grantListField.meta({
    description: "What the secret itself carries; the caller's current role narrows it per website.",
  }),
  websiteIds: z
    .array(idField)
    .meta({ description: "[] means every website the user can reach (account tokens)." }),
  expiresAt: instantField.nullable(),
});
export type CredentialDescription = z.output<typeof credentialDescriptionSchema>;

/** What the calling secret is and can do (GET /api/v1/token): never the secret or its digest. */
export function describeCredential(credential: VerifiedCredential): CredentialDescription {
  const { principal } = credential;
  const base = {
    _id: credential.id,
    displayKey: credential.displayKey,
    expiresAt: credential.expiresAt?.toISOString() ?? null,
  };
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
