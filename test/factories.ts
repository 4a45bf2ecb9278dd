import { randomBytes } from "node:crypto";
import type { Grant, Role } from "@/lib/access";
import { createAccountToken } from "@/lib/account-tokens/create-account-token";
import { sessionActor, systemActor, type Actor } from "@/lib/actor";
import { credentialActor } from "@/lib/credentials/credential-actor";
import { verifySecret } from "@/lib/credentials/verify";
import { db } from "@/lib/db";
import { createUser } from "@/lib/users/create-user";
import { createWebsiteKey } from "@/lib/website-keys/create-website-key";
import { createWebsite } from "@/lib/websites/create-website";

// Per-test data with random names, so tests never depend on each other or on order.

export function uniqueSuffix(): string {
  return randomBytes(5).toString("hex");
}

export const TEST_PASSWORD = "correct horse battery";

/** A person who signed up and verified their email (`emailVerified: false` for one who has not yet). */
export async function makeUser(overrides: { name?: string; email?: string; emailVerified?: boolean } = {}) {
  const suffix = uniqueSuffix();
  return createUser(
    {
      name: overrides.name ?? `Person ${suffix}`,
      email: overrides.email ?? `person-${suffix}@example.test`,
      password: TEST_PASSWORD,
    },
    { emailVerified: overrides.emailVerified ?? true },
  );
}

export async function makeWebsite(ownerId: string, overrides: { domain?: string; name?: string } = {}) {
  const suffix = uniqueSuffix();
  return createWebsite(systemActor(ownerId), {
    domain: overrides.domain ?? `site-${suffix}.example.com`,
    name: overrides.name,
    timezone: "UTC",
  });
}

export async function addMember(websiteId: string, userId: string, role: Exclude<Role, "owner">) {
  await db().membership.create({ data: { websiteId, userId, role } });
}

// ── Credentials and actors ────────────────────────────────────────────────────────────────

/** What the audit trail records for test requests. */
export const TEST_REQUEST = { ip: "203.0.113.7", userAgent: "vitest" } as const;

export function asSession(userId: string): Actor {
  return sessionActor(userId, { ...TEST_REQUEST });
}

/** A person with no password worth checking: for domain tests that never sign in (argon2 is slow). */
export async function makePerson(overrides: { name?: string } = {}) {
  const suffix = uniqueSuffix();
  return db().user.create({
    data: {
      name: overrides.name ?? `Person ${suffix}`,
      email: `quick-${suffix}@example.test`,
      passwordHash: "!unusable",
      emailVerifiedAt: new Date(),
    },
  });
}

/** An owner with a website, plus a member, a viewer and an outsider (no role on it). */
export async function makeTeam() {
  const [owner, member, viewer, outsider] = await Promise.all([
    makePerson(),
    makePerson(),
    makePerson(),
    makePerson(),
  ]);
  const website = await makeWebsite(owner.id);
  await addMember(website._id, member.id, "member");
  await addMember(website._id, viewer.id, "viewer");
  return { owner, member, viewer, outsider, website };
}

/** A `dft_` token made through the domain function, as the dashboard would. */
export async function makeAccountToken(
  userId: string,
  overrides: { name?: string; permissions?: Grant[]; websiteIds?: string[]; expiresAt?: Date | null } = {},
) {
  return createAccountToken(asSession(userId), {
    name: overrides.name ?? `Token ${uniqueSuffix()}`,
    permissions: overrides.permissions ?? ["*"],
    websiteIds: overrides.websiteIds ?? [],
    expiresAt: overrides.expiresAt ?? null,
  });
}

/** A `df_` key made through the domain function by a person who may (owner by default). */
export async function makeWebsiteKey(websiteId: string, creatorId: string, name?: string) {
  return createWebsiteKey(asSession(creatorId), websiteId, { name: name ?? `Key ${uniqueSuffix()}` });
}

/**
 * The actor a raw `df_`/`dft_` secret acts as, exactly as the REST adapter builds it; `roleOn`
 * is the website the request names (its role is then read with the token).
 */
export async function actorFor(raw: string, now?: Date, roleOn?: string): Promise<Actor> {
  const result = await verifySecret({ raw, request: { ...TEST_REQUEST }, now, roleOn });
  if (!result.ok) throw new Error(`secret refused: ${result.reason}`);
  return credentialActor(result.credential, { ...TEST_REQUEST });
}

// Last use (either secret's) is telemetry, written off the request path by verifySecret: not
// part of "changed".
function withoutLastUse<
  T extends { lastUsedAt: Date | null; lastUsedIp: string | null; previousLastUsedAt: Date | null },
>(rows: T[]) {
  return rows.map((row) => ({
    ...row,
    lastUsedAt: undefined,
    lastUsedIp: undefined,
    previousLastUsedAt: undefined,
  }));
}

/** Every row that an act could change (not the audit trail, not last use), to prove "nothing changed". */
export async function domainState() {
  const [users, websites, memberships, invitations, tokens, tokenWebsites, keys] = await Promise.all([
    db().user.findMany({ orderBy: { id: "asc" } }),
    db().website.findMany({ orderBy: { id: "asc" } }),
    db().membership.findMany({ orderBy: { id: "asc" } }),
    db().invitation.findMany({ orderBy: { id: "asc" } }),
    db().accountToken.findMany({ orderBy: { id: "asc" } }),
    db().accountTokenWebsite.findMany({ orderBy: [{ tokenId: "asc" }, { websiteId: "asc" }] }),
    db().websiteKey.findMany({ orderBy: { id: "asc" } }),
  ]);
  return {
    users,
    websites,
    memberships,
    invitations,
    tokens: withoutLastUse(tokens),
    tokenWebsites,
    keys: withoutLastUse(keys),
  };
}
