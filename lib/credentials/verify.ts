import "server-only";
import type { Grant, Principal } from "@/lib/access";
import { canonicalPermissions, isGrant, isRole } from "@/lib/access";
import type { RequestInfo, RoleAt } from "@/lib/actor";
import { directQuery } from "@/lib/db";
import { digestSecret, parseSecret, type SecretKind } from "@/lib/secrets";
import { recordLastUsed, type UsedSecret } from "./last-used";
import { cachedLookup } from "./lookup-cache";
import { isUuid } from "@/lib/validation/id-input";
import { recordExpiry } from "./record-expiry";

export type VerifyFailure = "malformed" | "unknown" | "revoked" | "expired" | "rolled";

export type VerifiedCredential = {
  principal: Principal;
  kind: SecretKind;
  id: string;
  displayKey: string;
  /** Which of its secrets the request presented: the rolled-away one only during a grace period. */
  secret: UsedSecret;
  /** The person behind a `dft_` token; null for a `df_` key (its person is on the principal). */
  userId: string | null;
  expiresAt: Date | null;
  /** The credential's IP allow-list (empty: any address); define-route enforces it. */
  allowedIps: string[];
  /**
   * Read with the secret: a token's person's role on the website the request named, or a key's
   * person's role on the key's website (what caps the key's power); null when none applies.
   */
  roleAt: RoleAt | null;
};

export type VerifyResult =
  | { ok: true; credential: VerifiedCredential }
  /** `credentialId`: the credential a revoked, expired or rolled secret belongs to (usage counts its refusal). */
  | { ok: false; reason: VerifyFailure; credentialId?: string };

type SecretState = {
  id: string;
  displayKey: string;
  matchedCurrent: boolean;
  previousExpiresAt: Date | null;
  revokedAt: Date | null;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  previousLastUsedAt: Date | null;
  allowedIps: string[] | null;
};

type TokenRow = SecretState & {
  userId: string;
  permissions: string[];
  allWebsites: boolean;
  websiteIds: string[];
  role: string | null;
};
type KeyRow = SecretState & { websiteId: string; personId: string | null; role: string | null };

// One indexed lookup each: the digest matches either the current or the rolled-away secret.
// Straight on the driver: this runs on every API request (lib/db's directQuery). A token's
// lookup also reads its person's role on the website the request names ($2, may be null), which
// saves the request a second statement.
const FIND_TOKEN = `
  SELECT t.id::text, t."userId"::text, t."displayKey", t.permissions, t."allWebsites",
         t.digest = $1 AS "matchedCurrent", t."previousExpiresAt", t."revokedAt", t."expiresAt", t."lastUsedAt",
         t."previousLastUsedAt", t."allowedIps",
         COALESCE((SELECT array_agg(w."websiteId"::text) FROM "AccountTokenWebsite" w WHERE w."tokenId" = t.id), '{}') AS "websiteIds",
         (SELECT m.role::text FROM "Membership" m WHERE m."userId" = t."userId" AND m."websiteId" = $2::uuid) AS role
  FROM "AccountToken" t
  WHERE t.digest = $1 OR t."previousDigest" = $1
  LIMIT 1`;

// A key's lookup reads its person's role on the key's website in the same statement: a key acts
// as a member capped by that role (lib/access keyActingRole), so a demotion shows at once.
const FIND_KEY = `
  SELECT k.id::text, k."websiteId"::text, k."displayKey", k."createdById"::text AS "personId",
         k.digest = $1 AS "matchedCurrent", k."previousExpiresAt", k."revokedAt", k."expiresAt", k."lastUsedAt",
         k."previousLastUsedAt", k."allowedIps",
         (SELECT m.role::text FROM "Membership" m WHERE m."userId" = k."createdById" AND m."websiteId" = k."websiteId") AS role
  FROM "WebsiteKey" k
  WHERE k.digest = $1 OR k."previousDigest" = $1
  LIMIT 1`;

function refusal(row: SecretState, now: Date): VerifyFailure | null {
  if (row.revokedAt && row.revokedAt <= now) return "revoked";
  if (row.expiresAt && row.expiresAt <= now) return "expired";
  if (!row.matchedCurrent && (!row.previousExpiresAt || row.previousExpiresAt <= now)) return "rolled";
  return null;
}

/** What recordLastUsed needs of a verified row: which secret matched, and the uses recorded so far. */
function lastUse(row: SecretState) {
  const secret: UsedSecret = row.matchedCurrent ? "current" : "previous";
  return { id: row.id, secret, lastUsedAt: row.lastUsedAt, previousLastUsedAt: row.previousLastUsedAt };
}

function tokenPrincipal(row: TokenRow): Principal {
  const grants = canonicalPermissions(row.permissions.filter((p): p is Grant => isGrant(p)));
  return {
    kind: "account-token",
    userId: row.userId,
    tokenId: row.id,
    permissions: grants,
    // An allow-list whose websites were all deleted reaches nothing; it never widens to "all".
    websiteIds: row.allWebsites ? "all" : row.websiteIds,
  };
}

/**
 * Who a raw secret is, or why not: the format and checksum first (no database), then one
 * indexed lookup (on the embedded database reused until a credential changes: lookup-cache.ts),
 * then revocation, expiry and roll grace. Membership and role are not judged
 * here: lib/access combines the principal with the person's current role on each request. For
 * a token, `roleOn` (the website the request names) has that role read in the same statement.
 */
export async function verifySecret({
  raw,
  request: client,
  now = new Date(),
  roleOn,
}: {
  raw: unknown;
  /** Where the request came from (an IP alone in tests and benchmarks). */
  request: RequestInfo | string | null;
  now?: Date;
  roleOn?: string;
}): Promise<VerifyResult> {
  const request = typeof client === "object" && client !== null ? client : { ip: client, userAgent: null };
  const { ip } = request;
  const parsed = parseSecret(raw);
  if (!parsed.ok) return { ok: false, reason: "malformed" };
  const digest = digestSecret(parsed.raw);
  const lookupKey = Buffer.from(digest).toString("base64");

  if (parsed.kind === "account-token") {
    const website = isUuid(roleOn) ? roleOn : null;
    const row = await cachedLookup(`token:${lookupKey}:${website ?? ""}`, async () =>
      (await directQuery<TokenRow>(FIND_TOKEN, [digest, website])).at(0),
    );
    if (!row) return { ok: false, reason: "unknown" };
    const reason = refusal(row, now);
    if (reason === "expired" && row.expiresAt) {
      const actor = {
        principal: tokenPrincipal(row),
        userId: row.userId,
        credential: row.displayKey,
        request,
      };
      await recordExpiry(actor, { kind: "account-token", id: row.id, expiresAt: row.expiresAt });
    }
    if (reason) return { ok: false, reason, credentialId: row.id };
    void recordLastUsed({ table: "AccountToken", ...lastUse(row) }, ip, now);
    return {
      ok: true,
      credential: {
        principal: tokenPrincipal(row),
        kind: parsed.kind,
        id: row.id,
        displayKey: row.displayKey,
        secret: lastUse(row).secret,
        userId: row.userId,
        expiresAt: row.expiresAt,
        allowedIps: row.allowedIps ?? [],
        roleAt: website ? { websiteId: website, role: isRole(row.role) ? row.role : null } : null,
      },
    };
  }

  const row = await cachedLookup(`key:${lookupKey}`, async () =>
    (await directQuery<KeyRow>(FIND_KEY, [digest])).at(0),
  );
  if (!row) return { ok: false, reason: "unknown" };
  const principal: Principal = {
    kind: "website-key",
    keyId: row.id,
    websiteId: row.websiteId,
    personId: row.personId,
  };
  const reason = refusal(row, now);
  if (reason === "expired" && row.expiresAt) {
    const actor = { principal, userId: null, credential: row.displayKey, request };
    await recordExpiry(actor, {
      kind: "website-key",
      id: row.id,
      expiresAt: row.expiresAt,
      websiteId: row.websiteId,
    });
  }
  if (reason) return { ok: false, reason, credentialId: row.id };
  void recordLastUsed({ table: "WebsiteKey", ...lastUse(row) }, ip, now);
  return {
    ok: true,
    credential: {
      principal,
      kind: parsed.kind,
      id: row.id,
      displayKey: row.displayKey,
      secret: lastUse(row).secret,
      userId: null,
      expiresAt: row.expiresAt,
      allowedIps: row.allowedIps ?? [],
      roleAt: { websiteId: row.websiteId, role: isRole(row.role) ? row.role : null },
    },
  };
}
