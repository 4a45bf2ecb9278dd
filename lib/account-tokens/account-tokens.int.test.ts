import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { KEY_ACCOUNT_MESSAGE } from "@/lib/access";
import { verifySecret } from "@/lib/credentials/verify";
import { db } from "@/lib/db";
import { displayKey } from "@/lib/secrets";
import { createWebsiteKey } from "@/lib/website-keys/create-website-key";
import { listWebsiteKeys } from "@/lib/website-keys/list-website-keys";
import {
  TEST_REQUEST,
  actorFor,
  addMember,
  asSession,
  domainState,
  makeAccountToken,
  makePerson,
  makeTeam,
  makeWebsite,
  makeWebsiteKey,
} from "@/test/factories";
import { createAccountToken } from "./create-account-token";
import { listAccountTokens } from "./list-account-tokens";
import { TOKEN_LIMIT_MESSAGE, TOKEN_NOT_FOUND_MESSAGE, TOKEN_ROLL_WIDER_MESSAGE } from "./messages";
import { revokeAccountToken } from "./revoke-account-token";
import { rollAccountToken } from "./roll-account-token";
import {
  createAccountTokenApiSchema,
  createAccountTokenSchema,
  rollSchema,
  type NewAccountToken,
} from "./schemas";
import { ACCOUNT_TOKEN_LIMIT } from "./token-limit";

const DTO_FIELDS = [
  "_id",
  "allWebsites",
  "allowedIps",
  "createdAt",
  "createdBy",
  "displayKey",
  "expiresAt",
  "lastUsedAt",
  "lastUsedIp",
  "name",
  "parentId",
  "permissions",
  "previousExpiresAt",
  "previousLastUsedAt",
  "rolledAt",
  "scope",
  "websiteIds",
].sort();

function newToken(overrides: Partial<NewAccountToken> = {}): NewAccountToken {
  return { name: "CI", permissions: ["*"], websiteIds: [], expiresAt: null, ...overrides };
}

async function auditOf(targetId: string) {
  return db().auditEvent.findMany({ where: { targetId }, orderBy: { createdAt: "asc" } });
}

async function tokenCount(userId: string) {
  return db().accountToken.count({ where: { userId } });
}

describe("createAccountToken", () => {
  it("creates a token from the dashboard schema's defaults and reveals the secret only in the result", async () => {
    const person = await makePerson();
    const input = createAccountTokenSchema.parse({ name: "  Deploy bot  " });
    expect(input).toEqual({ name: "Deploy bot", permissions: ["*"], websiteIds: [], expiresAt: null });

    const { token, key } = await createAccountToken(asSession(person.id), input);
    expect(key).toMatch(/^dft_[0-9A-Za-z]{38}$/);
    expect(token).toMatchObject({
      name: "Deploy bot",
      permissions: ["*"],
      websiteIds: [],
      allWebsites: true,
      expiresAt: null,
    });
    expect(token.displayKey).toBe(displayKey(key));

    const listed = await listAccountTokens(asSession(person.id));
    expect(listed).toEqual([token]);
    expect(JSON.stringify(listed)).not.toContain(key);
    const verified = await verifySecret({ raw: key, request: null });
    expect(verified.ok && verified.credential.principal).toEqual({
      kind: "account-token",
      userId: person.id,
      tokenId: token._id,
      permissions: ["*"],
      websiteIds: "all",
    });
  });

  it("S71 writes one audit event with actor, credential, IP and user agent, and never the secret", async () => {
    const person = await makePerson();
    const { token, key } = await makeAccountToken(person.id, {
      name: "Audited",
      permissions: ["analytics:read"],
    });
    const events = await auditOf(token._id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "token.create",
      actorUserId: person.id,
      credential: "session",
      ip: TEST_REQUEST.ip,
      userAgent: TEST_REQUEST.userAgent,
      websiteId: null,
      targetType: "account-token",
      metadata: {
        name: "Audited",
        permissions: ["analytics:read"],
        websiteIds: [],
        expiresAt: null,
        displayKey: token.displayKey,
      },
    });
    expect(JSON.stringify(events)).not.toContain(key);
  });

  it("S32 results carry only DTO fields: never a digest", async () => {
    const person = await makePerson();
    const { token } = await makeAccountToken(person.id);
    expect(Object.keys(token).sort()).toEqual(DTO_FIELDS);
    const [listed] = await listAccountTokens(asSession(person.id));
    expect(Object.keys(listed ?? {}).sort()).toEqual(DTO_FIELDS);
    expect(JSON.stringify(listed)).not.toMatch(/digest/i);
  });

  it("stores an allow-list and the chosen expiry", async () => {
    const { owner, website } = await makeTeam();
    const other = await makeWebsite(owner.id);
    const input = createAccountTokenSchema.parse({
      name: "Two sites",
      permissions: ["goals:write", "analytics:read"],
      websiteIds: [other._id, website._id],
      expiry: "30d",
    });
    const { token } = await createAccountToken(asSession(owner.id), input);
    expect(token.permissions).toEqual(["analytics:read", "goals:write"]);
    expect(token.websiteIds).toEqual([other._id, website._id].sort());
    expect(token.allWebsites).toBe(false);
    const days = (Date.parse(token.expiresAt ?? "") - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.99);
    expect(days).toBeLessThanOrEqual(30);
  });

  it("S20 a viewer can't grant a write permission on an allow-listed website: 400 naming website and permission; nothing created", async () => {
    const { viewer, website } = await makeTeam();
    const before = await domainState();
    const attempt = createAccountToken(
      asSession(viewer.id),
      newToken({ permissions: ["funnels:write"], websiteIds: [website._id] }),
    );
    await expect(attempt).rejects.toMatchObject({ code: "INVALID", field: "permissions" });
    await expect(attempt).rejects.toThrow(website.domain);
    await expect(attempt).rejects.toThrow("funnels:write");
    await expect(attempt).rejects.toThrow("viewer");
    expect(await domainState()).toEqual(before);
  });

  it("S20 reads on a viewer's website are fine; '*' on an allow-list needs the owner role", async () => {
    const { owner, member, viewer, website } = await makeTeam();
    await expect(
      makeAccountToken(viewer.id, {
        permissions: ["analytics:read", "funnels:read"],
        websiteIds: [website._id],
      }),
    ).resolves.toBeDefined();
    await expect(
      makeAccountToken(member.id, { permissions: ["funnels:write"], websiteIds: [website._id] }),
    ).resolves.toBeDefined();
    await expect(
      makeAccountToken(member.id, { permissions: ["*"], websiteIds: [website._id] }),
    ).rejects.toMatchObject({
      code: "INVALID",
      field: "permissions",
    });
    await expect(
      makeAccountToken(owner.id, { permissions: ["*"], websiteIds: [website._id] }),
    ).resolves.toBeDefined();
  });

  it("with scope 'all websites' any permission may be chosen: access is cut to the role on each request", async () => {
    const { viewer } = await makeTeam();
    await expect(makeAccountToken(viewer.id, { permissions: ["funnels:write"] })).resolves.toBeDefined();
  });

  it("S24 an allow-list naming a foreign or non-existent website is refused alike; nothing created", async () => {
    const { owner, outsider } = await makeTeam();
    const foreign = await makeWebsite(owner.id);
    const before = await domainState();
    const missing = randomUUID();
    const errors = await Promise.all(
      [foreign._id, missing].map((id) =>
        createAccountToken(
          asSession(outsider.id),
          newToken({ permissions: ["analytics:read"], websiteIds: [id] }),
        ).catch((e: Error) => e),
      ),
    );
    for (const [index, id] of [foreign._id, missing].entries()) {
      expect(errors[index]).toMatchObject({
        code: "INVALID",
        field: "websiteIds",
        message: `Website ${id} is not one of your websites.`,
      });
    }
    expect(await domainState()).toEqual(before);
  });

  it.each([
    ["Analytics:Read", ["Analytics:Read"]],
    ["leading space", [" analytics:read"]],
    ["analytics:*", ["analytics:*"]],
    ["*:*", ["*:*"]],
    ["NUL", ["analytics:read\u0000"]],
    ["duplicates", ["analytics:read", "analytics:read"]],
    ["unknown", ["billing:write"]],
    ["500 entries", Array.from({ length: 500 }, () => "analytics:read")],
    ["a comma string (S58)", "analytics:read,goals:read"],
    ["empty", []],
  ])(
    "S21 permissions %s are refused with 400, never widened; nothing created",
    async (_label, permissions) => {
      const person = await makePerson();
      const parsed = createAccountTokenSchema.safeParse({ name: "x", permissions });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.path).toEqual(["permissions"]);
      if (Array.isArray(permissions) && permissions.length > 0 && permissions.length < 10) {
        expect(parsed.error?.issues[0]?.message).toContain(JSON.stringify(permissions[0]).slice(1, 8));
      }
      expect(createAccountTokenApiSchema.safeParse({ permissions }).success).toBe(false);
      // The domain checks again, whatever the adapter did.
      await expect(
        createAccountToken(asSession(person.id), newToken({ permissions: permissions as never })),
      ).rejects.toThrow();
      expect(await tokenCount(person.id)).toBe(0);
    },
  );

  it.each([
    ["websiteId", { websiteId: randomUUID() }],
    ["userId", { userId: randomUUID() }],
    ["digest", { digest: "00" }],
    ["revokedAt", { revokedAt: null }],
    ["role", { role: "owner" }],
    ["lastUsedAt", { lastUsedAt: new Date().toISOString() }],
    ["__proto__ (S57)", JSON.parse('{"__proto__": {"role": "owner"}}') as object],
  ])(
    "S31 an extra field %s is refused by both schemas and the domain; nothing stored",
    async (_label, extra) => {
      const person = await makePerson();
      expect(createAccountTokenSchema.safeParse({ name: "x", ...extra }).success).toBe(false);
      expect(createAccountTokenApiSchema.safeParse({ name: "x", ...extra }).success).toBe(false);
      await expect(
        createAccountToken(asSession(person.id), { ...newToken(), ...extra } as NewAccountToken),
      ).rejects.toThrow();
      expect(await tokenCount(person.id)).toBe(0);
    },
  );

  it("S55 names: trimmed, 1–64 printable characters", async () => {
    for (const name of [
      "",
      "   ",
      "x".repeat(65),
      "a\nb",
      "bidi\u202Eevil",
      "esc\u001b[31m",
      "line\u2028sep",
    ]) {
      expect(createAccountTokenSchema.safeParse({ name }).success, JSON.stringify(name)).toBe(false);
    }
    expect(createAccountTokenSchema.parse({ name: "<script>alert(1)</script>" }).name).toBe(
      "<script>alert(1)</script>",
    );
    expect(createAccountTokenSchema.parse({ name: "x".repeat(64) }).name).toHaveLength(64);
    expect(createAccountTokenApiSchema.parse({})).toEqual({
      name: "API token",
      permissions: ["*"],
      websiteIds: [],
      expiresAt: null,
    });
  });

  it("S58 expiry: presets, a future date ≤ 10 years, and nothing else", () => {
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const parse = (expiry: unknown) => createAccountTokenSchema.safeParse({ name: "x", expiry });
    expect(parse("never").data?.expiresAt).toBeNull();
    for (const [preset, days] of [
      ["7d", 7],
      ["30d", 30],
      ["90d", 90],
    ] as const) {
      const at = parse(preset).data?.expiresAt?.getTime() ?? 0;
      expect(Math.abs(at - (Date.now() + days * 86_400_000))).toBeLessThan(5_000);
    }
    // S84: a chosen day lasts to its end (UTC when no timezone is given; issue 14 moved it from the start).
    expect(parse({ date: day(2) }).data?.expiresAt?.toISOString()).toBe(`${day(2)}T23:59:59.999Z`);
    for (const bad of [
      { date: day(0) },
      { date: day(-1) },
      { date: day(365 * 10 + 5) },
      { date: "2027-02-30" },
      { date: "31/01/2027" },
      "1e20",
      -1,
      1e20,
      "never ",
      "8d",
      null,
      { date: day(2), extra: 1 },
    ]) {
      expect(parse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    expect(createAccountTokenApiSchema.safeParse({ expiresAt: "never" }).success).toBe(false);
  });

  it("S58 the domain refuses an expiry in the past even when the adapter let it through", async () => {
    const person = await makePerson();
    await expect(
      createAccountToken(asSession(person.id), newToken({ expiresAt: new Date(Date.now() - 1000) })),
    ).rejects.toThrow();
    expect(await tokenCount(person.id)).toBe(0);
  });

  it("S18 a token can't mint a token with more permissions or a wider scope than itself: 403, nothing created", async () => {
    const { owner, website } = await makeTeam();
    const other = await makeWebsite(owner.id);
    const { key } = await makeAccountToken(owner.id, { permissions: ["api-keys:write", "analytics:read"] });
    const { key: narrowKey } = await makeAccountToken(owner.id, {
      permissions: ["api-keys:write", "analytics:read"],
      websiteIds: [website._id],
    });
    const wide = await actorFor(key);
    const narrow = await actorFor(narrowKey);
    const before = await domainState();
    for (const [actor, input] of [
      [wide, newToken({ permissions: ["*"] })],
      [wide, newToken({ permissions: ["team:write"] })],
      [wide, newToken({ permissions: ["analytics:read", "goals:write"] })],
      [narrow, newToken({ permissions: ["analytics:read"], websiteIds: [website._id, other._id] })],
      [narrow, newToken({ permissions: ["analytics:read"], websiteIds: [] })],
    ] as const) {
      await expect(createAccountToken(actor, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await domainState()).toEqual(before);

    const minted = await createAccountToken(
      narrow,
      newToken({ permissions: ["analytics:read"], websiteIds: [website._id] }),
    );
    expect(minted.token).toMatchObject({ permissions: ["analytics:read"], websiteIds: [website._id] });
    const events = await auditOf(minted.token._id);
    expect(events[0]).toMatchObject({ credential: narrow.credential, actorUserId: owner.id });
  });

  it("a token-minted token passes the same role validation as the dashboard", async () => {
    const { viewer, website } = await makeTeam();
    const { key } = await makeAccountToken(viewer.id, { permissions: ["*"] });
    await expect(
      createAccountToken(
        await actorFor(key),
        newToken({ permissions: ["funnels:write"], websiteIds: [website._id] }),
      ),
    ).rejects.toMatchObject({ code: "INVALID", field: "permissions" });
  });

  it("S17/grid O6 a token without api-keys:write, and any website key, can't create or list account tokens", async () => {
    const { owner, website } = await makeTeam();
    const { key: analyticsOnly } = await makeAccountToken(owner.id, { permissions: ["analytics:read"] });
    const { secret } = await makeWebsiteKey(website._id, owner.id);
    const tokenActor = await actorFor(analyticsOnly);
    const keyActor = await actorFor(secret);
    await expect(
      createAccountToken(tokenActor, newToken({ permissions: ["analytics:read"] })),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listAccountTokens(tokenActor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createAccountToken(keyActor, newToken())).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: KEY_ACCOUNT_MESSAGE,
    });
    await expect(listAccountTokens(keyActor)).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: KEY_ACCOUNT_MESSAGE,
    });
    expect(await tokenCount(owner.id)).toBe(1);
  });

  it(`S65 at most ${ACCOUNT_TOKEN_LIMIT} active tokens, via the dashboard and the API; revoking frees a slot`, async () => {
    const person = await makePerson();
    const made = [];
    for (let i = 0; i < ACCOUNT_TOKEN_LIMIT; i++)
      made.push(await makeAccountToken(person.id, { permissions: ["api-keys:write"] }));
    await expect(makeAccountToken(person.id)).rejects.toMatchObject({
      code: "INVALID",
      message: TOKEN_LIMIT_MESSAGE,
    });
    expect(TOKEN_LIMIT_MESSAGE).toContain(String(ACCOUNT_TOKEN_LIMIT));
    const api = await actorFor(made[0]?.key ?? "");
    await expect(
      createAccountToken(api, createAccountTokenApiSchema.parse({ permissions: ["api-keys:write"] })),
    ).rejects.toMatchObject({
      code: "INVALID",
      message: TOKEN_LIMIT_MESSAGE,
    });
    expect(await tokenCount(person.id)).toBe(ACCOUNT_TOKEN_LIMIT);

    await revokeAccountToken(asSession(person.id), made[1]?.token._id ?? "");
    await expect(
      createAccountToken(api, createAccountTokenApiSchema.parse({ permissions: ["api-keys:write"] })),
    ).resolves.toBeDefined();
    expect(await db().accountToken.count({ where: { userId: person.id, revokedAt: null } })).toBe(
      ACCOUNT_TOKEN_LIMIT,
    );
  });
});

describe("listAccountTokens", () => {
  it("S29 lists only the person's own live tokens, newest first, expired ones included", async () => {
    const [person, stranger] = await Promise.all([makePerson(), makePerson()]);
    const first = await makeAccountToken(person.id, { name: "first" });
    const second = await makeAccountToken(person.id, {
      name: "second",
      expiresAt: new Date(Date.now() + 60_000),
    });
    const revoked = await makeAccountToken(person.id, { name: "revoked" });
    await makeAccountToken(stranger.id, { name: "stranger's" });
    await revokeAccountToken(asSession(person.id), revoked.token._id);
    await db().accountToken.update({
      where: { id: second.token._id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });

    const listed = await listAccountTokens(asSession(person.id));
    expect(listed.map((t) => t._id)).toEqual([second.token._id, first.token._id]);
    expect(listed[0]?.expiresAt).not.toBeNull();
    expect(listed.map((t) => t._id)).not.toContain(revoked.token._id);
    expect((await listAccountTokens(asSession(stranger.id))).map((t) => t.name)).toEqual(["stranger's"]);
  });

  it("a token with api-keys:read lists its person's tokens", async () => {
    const person = await makePerson();
    const { key, token } = await makeAccountToken(person.id, { permissions: ["api-keys:read"] });
    const other = await makeAccountToken(person.id);
    const listed = await listAccountTokens(await actorFor(key));
    expect(listed.map((t) => t._id)).toEqual([other.token._id, token._id]);
  });

  it("an allow-list whose websites were all deleted shows as reaching none, never as 'all websites'", async () => {
    const person = await makePerson();
    const website = await makeWebsite(person.id);
    const { token, key } = await makeAccountToken(person.id, {
      permissions: ["analytics:read"],
      websiteIds: [website._id],
    });
    await db().website.delete({ where: { id: website._id } });
    const [listed] = await listAccountTokens(asSession(person.id));
    expect(listed).toMatchObject({ _id: token._id, websiteIds: [], allWebsites: false });
    const verified = await verifySecret({ raw: key, request: null });
    expect(verified.ok && verified.credential.principal).toMatchObject({ websiteIds: [] });
  });
});

describe("rollAccountToken", () => {
  it("S41 roll with grace: same record, new secret works at once, old one until the grace ends", async () => {
    const { owner, website } = await makeTeam();
    const made = await makeAccountToken(owner.id, {
      name: "Rolled",
      permissions: ["analytics:read"],
      websiteIds: [website._id],
    });
    const before = Date.now();
    const { token, key } = await rollAccountToken(asSession(owner.id), {
      tokenId: made.token._id,
      grace: "1h",
    });

    expect(key).not.toBe(made.key);
    expect(token).toMatchObject({
      _id: made.token._id,
      name: "Rolled",
      permissions: ["analytics:read"],
      websiteIds: [website._id],
    });
    expect(token.displayKey).toBe(displayKey(key));
    const graceEnds = Date.parse(token.previousExpiresAt ?? "");
    expect(graceEnds - before).toBeGreaterThanOrEqual(3_600_000);
    expect(graceEnds - Date.now()).toBeLessThanOrEqual(3_600_000);

    expect((await verifySecret({ raw: key, request: null })).ok).toBe(true);
    expect((await verifySecret({ raw: made.key, request: null })).ok).toBe(true);
    expect((await verifySecret({ raw: made.key, request: null, now: new Date(graceEnds - 1) })).ok).toBe(
      true,
    );
    expect(await verifySecret({ raw: made.key, request: null, now: new Date(graceEnds) })).toEqual({
      ok: false,
      reason: "rolled",
      // The refused credential, so its 401 counts in its usage (lib/usage).
      credentialId: expect.any(String),
    });
    expect((await verifySecret({ raw: key, request: null, now: new Date(graceEnds + 1) })).ok).toBe(true);

    const [event] = (await auditOf(made.token._id)).filter((e) => e.action === "token.roll");
    expect(event).toMatchObject({
      actorUserId: owner.id,
      metadata: { grace: "1h", displayKey: token.displayKey },
    });
    expect(JSON.stringify(event)).not.toContain(key);
  });

  it("S41 roll with G = 0: the old secret is refused at once and no old digest is kept", async () => {
    const person = await makePerson();
    const made = await makeAccountToken(person.id);
    const { token, key } = await rollAccountToken(asSession(person.id), {
      tokenId: made.token._id,
      grace: "none",
    });
    expect(token.previousExpiresAt).toBeNull();
    // The old digest is gone, so the old secret is simply unknown now.
    expect(await verifySecret({ raw: made.key, request: null })).toEqual({ ok: false, reason: "unknown" });
    expect((await verifySecret({ raw: key, request: null })).ok).toBe(true);
    const row = await db().accountToken.findUniqueOrThrow({ where: { id: token._id } });
    expect(row.previousDigest).toBeNull();
  });

  it("S41 a grace period over the maximum is refused (400); nothing changed", async () => {
    const person = await makePerson();
    const made = await makeAccountToken(person.id);
    for (const grace of ["8d", "30d", 604_801, "", null, "7D"]) {
      expect(rollSchema.safeParse({ grace }).success, String(grace)).toBe(false);
    }
    const before = await domainState();
    await expect(
      rollAccountToken(asSession(person.id), { tokenId: made.token._id, grace: "8d" as never }),
    ).rejects.toThrow();
    expect(await domainState()).toEqual(before);
  });

  it("a second roll ends the first one's grace: only one previous secret is ever kept", async () => {
    const person = await makePerson();
    const made = await makeAccountToken(person.id);
    const first = await rollAccountToken(asSession(person.id), { tokenId: made.token._id, grace: "24h" });
    const second = await rollAccountToken(asSession(person.id), { tokenId: made.token._id, grace: "24h" });
    expect(await verifySecret({ raw: made.key, request: null })).toEqual({ ok: false, reason: "unknown" });
    expect((await verifySecret({ raw: first.key, request: null })).ok).toBe(true);
    expect((await verifySecret({ raw: second.key, request: null })).ok).toBe(true);
  });

  it("S27 someone else's token, a malformed id and an unknown id are 'not found'; nothing changed", async () => {
    const [person, stranger] = await Promise.all([makePerson(), makePerson()]);
    const made = await makeAccountToken(person.id);
    const before = await domainState();
    for (const id of [made.token._id, "not-a-uuid", randomUUID(), "' OR 1=1 --"]) {
      await expect(
        rollAccountToken(asSession(stranger.id), { tokenId: id, grace: "none" }),
      ).rejects.toMatchObject({
        code: "NOT_FOUND",
        message: TOKEN_NOT_FOUND_MESSAGE,
      });
      await expect(revokeAccountToken(asSession(stranger.id), id)).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
    expect(await domainState()).toEqual(before);
  });

  it("S42 rolling a revoked token is a conflict (409); nothing changed", async () => {
    const person = await makePerson();
    const made = await makeAccountToken(person.id);
    await revokeAccountToken(asSession(person.id), made.token._id);
    const before = await domainState();
    await expect(
      rollAccountToken(asSession(person.id), { tokenId: made.token._id, grace: "1h" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await domainState()).toEqual(before);
    expect(await verifySecret({ raw: made.key, request: null })).toMatchObject({
      ok: false,
      reason: "revoked",
    });
  });

  it("rolling an expired token is a conflict; nothing changed", async () => {
    const person = await makePerson();
    const made = await makeAccountToken(person.id, { expiresAt: new Date(Date.now() + 60_000) });
    await db().accountToken.update({
      where: { id: made.token._id },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    const before = await domainState();
    await expect(
      rollAccountToken(asSession(person.id), { tokenId: made.token._id, grace: "none" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await domainState()).toEqual(before);
  });

  it("a token may roll only tokens within its own bounds (rolling hands out the new secret)", async () => {
    const person = await makePerson();
    const wide = await makeAccountToken(person.id, { permissions: ["*"] });
    const narrow = await makeAccountToken(person.id, { permissions: ["api-keys:write"] });
    const actor = await actorFor(narrow.key);
    await expect(rollAccountToken(actor, { tokenId: wide.token._id, grace: "none" })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: TOKEN_ROLL_WIDER_MESSAGE,
    });
    expect((await verifySecret({ raw: wide.key, request: null })).ok).toBe(true);
    const self = await rollAccountToken(actor, { tokenId: narrow.token._id, grace: "none" });
    expect((await verifySecret({ raw: self.key, request: null })).ok).toBe(true);
  });

  it("S19 no function changes a token's permissions, scope or expiry: a roll keeps them all", async () => {
    const { owner, website } = await makeTeam();
    const expiresAt = new Date(Date.now() + 86_400_000);
    const made = await makeAccountToken(owner.id, {
      permissions: ["analytics:read"],
      websiteIds: [website._id],
      expiresAt,
    });
    const actor = await actorFor(made.key);
    // Even a token with "*" of the same person has no way to alter another: only create, roll, revoke exist.
    await expect(
      rollAccountToken(actor, { tokenId: made.token._id, grace: "none", permissions: ["*"] } as never),
    ).rejects.toThrow();
    const { token } = await rollAccountToken(asSession(owner.id), { tokenId: made.token._id, grace: "none" });
    expect(token).toMatchObject({
      permissions: made.token.permissions,
      websiteIds: made.token.websiteIds,
      expiresAt: made.token.expiresAt,
    });
  });
});

describe("revokeAccountToken", () => {
  it("S39 revoke: refused from the next use, gone from the list, kept in the audit log", async () => {
    const person = await makePerson();
    const made = await makeAccountToken(person.id);
    await rollAccountToken(asSession(person.id), { tokenId: made.token._id, grace: "7d" });
    await revokeAccountToken(asSession(person.id), made.token._id);
    expect(await verifySecret({ raw: made.key, request: null })).toMatchObject({ ok: false });
    expect(await listAccountTokens(asSession(person.id))).toEqual([]);
    const row = await db().accountToken.findUniqueOrThrow({ where: { id: made.token._id } });
    expect(row.revokedAt).not.toBeNull();
    expect(row.previousDigest).toBeNull();
    expect((await auditOf(made.token._id)).map((e) => e.action)).toEqual([
      "token.create",
      "token.roll",
      "token.revoke",
    ]);
    // Revoked twice: the second is "not found", and no second event is recorded.
    await expect(revokeAccountToken(asSession(person.id), made.token._id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await auditOf(made.token._id)).toHaveLength(3);
  });

  it("a token with api-keys:write may revoke its person's tokens, including itself; one with only reads may not", async () => {
    const person = await makePerson();
    const writer = await makeAccountToken(person.id, { permissions: ["api-keys:write"] });
    const reader = await makeAccountToken(person.id, { permissions: ["api-keys:read"] });
    await expect(revokeAccountToken(await actorFor(reader.key), writer.token._id)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const actor = await actorFor(writer.key);
    await revokeAccountToken(actor, reader.token._id);
    await revokeAccountToken(actor, writer.token._id);
    expect(await verifySecret({ raw: writer.key, request: null })).toMatchObject({
      ok: false,
      reason: "revoked",
    });
  });
});

describe("a person's tokens and their websites", () => {
  it("S23 a token allow-listed to A can't act on B even where its person is owner", async () => {
    const owner = await makePerson();
    const [a, b] = [await makeWebsite(owner.id), await makeWebsite(owner.id)];
    const { key } = await makeAccountToken(owner.id, { permissions: ["*"], websiteIds: [a._id] });
    const actor = await actorFor(key);
    await expect(listWebsiteKeys(actor, a._id)).resolves.toEqual([]);
    await expect(listWebsiteKeys(actor, b._id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("S22 a '*' token of a viewer reads but never writes on that website", async () => {
    const { viewer, website } = await makeTeam();
    const { key } = await makeAccountToken(viewer.id, { permissions: ["*"] });
    const actor = await actorFor(key);
    await expect(listWebsiteKeys(actor, website._id)).resolves.toEqual([]);
    await expect(createWebsiteKey(actor, website._id, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("tokens survive the person losing a website; the person's other tokens are untouched", async () => {
    const { owner, member, website } = await makeTeam();
    const { token } = await makeAccountToken(member.id, {
      permissions: ["analytics:read"],
      websiteIds: [website._id],
    });
    await db().membership.deleteMany({ where: { userId: member.id, websiteId: website._id } });
    expect((await listAccountTokens(asSession(member.id))).map((t) => t._id)).toEqual([token._id]);
    await addMember(website._id, member.id, "viewer");
    expect(await listAccountTokens(asSession(owner.id))).toEqual([]);
  });
});
