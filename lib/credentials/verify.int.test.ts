import { afterEach, describe, expect, it, vi } from "vitest";
import { rollAccountToken } from "@/lib/account-tokens/roll-account-token";
import { revokeAccountToken } from "@/lib/account-tokens/revoke-account-token";
import { db } from "@/lib/db";
import { BASE62_ALPHABET } from "@/lib/secrets";
import { withChecksum } from "@/lib/secrets/checksum";
import { createWebsiteKey } from "@/lib/website-keys/create-website-key";
import { listWebsiteKeys } from "@/lib/website-keys/list-website-keys";
import { revokeWebsiteKey } from "@/lib/website-keys/revoke-website-key";
import { rollWebsiteKey } from "@/lib/website-keys/roll-website-key";
import {
  actorFor,
  asSession,
  makeAccountToken,
  makePerson,
  makeTeam,
  makeWebsiteKey,
} from "@/test/factories";
import { spyOnDatabase } from "@/test/database-spy";
import { recordLastUsed } from "./last-used";
import { verifySecret } from "./verify";

const IP = "198.51.100.4";

function randomBody(): string {
  let body = "";
  for (let i = 0; i < 32; i++) body += BASE62_ALPHABET[Math.floor(Math.random() * 62)];
  return body;
}

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
  vi.restoreAllMocks();
});

function spied() {
  const spy = spyOnDatabase();
  restore = spy.restore;
  return spy;
}

// These two run first, while no last-used write of another test can be in flight.
describe("verifySecret: format before the database", () => {
  it.each([
    ["empty", ""],
    ["wrong length", "dft_abc"],
    ["non-base62", `dft_${"-".repeat(32)}000000`],
    ["trailing space", `${withChecksum(`dft_${randomBody()}`)} `],
    ["trailing newline", `${withChecksum(`dft_${randomBody()}`)}\n`],
    ["NUL inside", withChecksum(`dft_${randomBody()}`).replace(/.$/, "\u0000")],
    ["10 KB", `dft_${"a".repeat(10_240)}`],
    ["homoglyph prefix df＿", `df＿${randomBody()}abcdef`],
    ["wrong checksum (S6)", `dft_${randomBody()}zzzzzz`],
    ["a number", 42],
    ["null", null],
    ["bytes", new Uint8Array(42)],
    ["an object", { toString: () => "dft_x" }],
  ])("S5 malformed (%s) is refused without a single database query", async (_label, raw) => {
    const spy = spied();
    await expect(verifySecret({ raw, request: IP })).resolves.toEqual({ ok: false, reason: "malformed" });
    expect(spy.calls).toEqual([]);
  });

  it("S6 a random body with a valid checksum is refused after exactly one indexed lookup: the checksum never authenticates", async () => {
    for (const prefix of ["dft_", "df_"]) {
      const spy = spied();
      await expect(
        verifySecret({ raw: withChecksum(`${prefix}${randomBody()}`), request: IP }),
      ).resolves.toEqual({
        ok: false,
        reason: "unknown",
      });
      expect(spy.calls).toEqual(["query SELECT"]);
      spy.restore();
    }
  });
});

describe("verifySecret: states", () => {
  it("verifies a live token and a live key, naming who they are", async () => {
    const { owner, website } = await makeTeam();
    const token = await makeAccountToken(owner.id, {
      permissions: ["analytics:read", "goals:write"],
      websiteIds: [website._id],
    });
    const key = await makeWebsiteKey(website._id, owner.id);
    expect(await verifySecret({ raw: token.key, request: IP })).toEqual({
      ok: true,
      credential: {
        principal: {
          kind: "account-token",
          userId: owner.id,
          tokenId: token.token._id,
          permissions: ["analytics:read", "goals:write"],
          websiteIds: [website._id],
        },
        kind: "account-token",
        id: token.token._id,
        displayKey: token.token.displayKey,
        secret: "current",
        userId: owner.id,
        expiresAt: null,
        allowedIps: [],
        roleAt: null,
      },
    });
    expect(await verifySecret({ raw: key.secret, request: IP })).toEqual({
      ok: true,
      credential: {
        principal: { kind: "website-key", keyId: key.key._id, websiteId: website._id, personId: owner.id },
        kind: "website-key",
        id: key.key._id,
        displayKey: key.key.displayKey,
        secret: "current",
        userId: null,
        expiresAt: null,
        allowedIps: [],
        roleAt: { websiteId: website._id, role: "owner" },
      },
    });
  });

  it("S39 revoke, then use at once: refused (token and key)", async () => {
    const { owner, website } = await makeTeam();
    const token = await makeAccountToken(owner.id);
    const key = await makeWebsiteKey(website._id, owner.id);
    expect((await verifySecret({ raw: token.key, request: IP })).ok).toBe(true);
    await revokeAccountToken(asSession(owner.id), token.token._id);
    expect(await verifySecret({ raw: token.key, request: IP })).toMatchObject({
      ok: false,
      reason: "revoked",
    });
    await revokeWebsiteKey(asSession(owner.id), { websiteId: website._id, keyId: key.key._id });
    expect(await verifySecret({ raw: key.secret, request: IP })).toMatchObject({
      ok: false,
      reason: "revoked",
    });
  });

  it("S40 expiry at now − 1 s, now and now + 1 s: refused, refused, accepted", async () => {
    const person = await makePerson();
    const now = new Date(Math.floor(Date.now() / 1000) * 1000 + 3_600_000);
    const results = [];
    for (const offset of [-1000, 0, 1000]) {
      const { key } = await makeAccountToken(person.id, { expiresAt: new Date(now.getTime() + offset) });
      results.push(await verifySecret({ raw: key, request: IP, now }));
    }
    expect(results.map((r) => (r.ok ? 200 : 401))).toEqual([401, 401, 200]);
    expect(results.slice(0, 2)).toMatchObject([
      { ok: false, reason: "expired" },
      { ok: false, reason: "expired" },
    ]);
    expect(results[2]?.ok && results[2].credential.expiresAt?.getTime()).toBe(now.getTime() + 1000);
  });

  it("S41 rolled within grace and past grace: old secret accepted until the grace ends, then refused; new one at once", async () => {
    const { owner, website } = await makeTeam();
    const token = await makeAccountToken(owner.id);
    const key = await makeWebsiteKey(website._id, owner.id);
    const rolledToken = await rollAccountToken(asSession(owner.id), {
      tokenId: token.token._id,
      grace: "1h",
    });
    const rolledKey = await rollWebsiteKey(asSession(owner.id), {
      websiteId: website._id,
      keyId: key.key._id,
      grace: "7d",
    });
    for (const [oldSecret, newSecret, until] of [
      [token.key, rolledToken.key, rolledToken.token.previousExpiresAt],
      [key.secret, rolledKey.secret, rolledKey.key.previousExpiresAt],
    ] as const) {
      const end = Date.parse(until ?? "");
      expect((await verifySecret({ raw: newSecret, request: IP })).ok).toBe(true);
      expect((await verifySecret({ raw: oldSecret, request: IP })).ok).toBe(true);
      expect((await verifySecret({ raw: oldSecret, request: IP, now: new Date(end - 1) })).ok).toBe(true);
      // The credential is named, so usage counts the refusal against it (issue 20).
      const credentialId = (await verifySecret({ raw: newSecret, request: IP })) as {
        credential: { id: string };
      };
      expect(await verifySecret({ raw: oldSecret, request: IP, now: new Date(end) })).toEqual({
        ok: false,
        reason: "rolled",
        credentialId: credentialId.credential.id,
      });
      expect(await verifySecret({ raw: oldSecret, request: IP, now: new Date(end + 60_000) })).toMatchObject({
        ok: false,
        reason: "rolled",
      });
      expect((await verifySecret({ raw: newSecret, request: IP, now: new Date(end + 60_000) })).ok).toBe(
        true,
      );
    }
  });

  it("S7 the same body with df_ and dft_ swapped, or one letter's case flipped, is refused", async () => {
    const { owner, website } = await makeTeam();
    const token = await makeAccountToken(owner.id);
    const key = await makeWebsiteKey(website._id, owner.id);
    const tokenBody = token.key.slice(4, 36);
    const keyBody = key.secret.slice(3, 35);
    // A naive swap breaks the checksum; a swap with a recomputed checksum is simply unknown.
    expect(await verifySecret({ raw: `df_${token.key.slice(4)}`, request: IP })).toEqual({
      ok: false,
      reason: "malformed",
    });
    expect(await verifySecret({ raw: withChecksum(`df_${tokenBody}`), request: IP })).toEqual({
      ok: false,
      reason: "unknown",
    });
    expect(await verifySecret({ raw: withChecksum(`dft_${keyBody}`), request: IP })).toEqual({
      ok: false,
      reason: "unknown",
    });
    const letter = token.key.slice(4).search(/[A-Za-z]/) + 4;
    const char = token.key.charAt(letter);
    const flipped =
      token.key.slice(0, letter) +
      (char === char.toUpperCase() ? char.toLowerCase() : char.toUpperCase()) +
      token.key.slice(letter + 1);
    expect((await verifySecret({ raw: flipped, request: IP })).ok).toBe(false);
    expect((await verifySecret({ raw: token.key.toUpperCase(), request: IP })).ok).toBe(false);
  });

  it("S35 a deleted person's tokens are refused", async () => {
    const person = await makePerson();
    const { key } = await makeAccountToken(person.id);
    await db().user.delete({ where: { id: person.id } });
    expect(await verifySecret({ raw: key, request: IP })).toEqual({ ok: false, reason: "unknown" });
  });
});

describe("verifySecret and the person's current role", () => {
  it("S33 a removed member's token still verifies, but loses the website on the very next call", async () => {
    const { owner, member, website } = await makeTeam();
    const { key } = await makeAccountToken(member.id);
    const actor = await actorFor(key);
    await expect(createWebsiteKey(actor, website._id, {})).resolves.toBeDefined();
    await db().membership.deleteMany({ where: { websiteId: website._id, userId: member.id } });

    const again = await verifySecret({ raw: key, request: IP });
    expect(again.ok && again.credential.principal).toMatchObject({
      kind: "account-token",
      userId: member.id,
    });
    // Both an actor made before the removal and a fresh one: no role is cached anywhere.
    for (const a of [actor, await actorFor(key)]) {
      await expect(listWebsiteKeys(a, website._id)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(createWebsiteKey(a, website._id, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(listWebsiteKeys(asSession(owner.id), website._id)).resolves.toHaveLength(1);
  });

  it("S34 a member demoted to viewer: the next call's writes are refused, reads still work", async () => {
    const { member, website } = await makeTeam();
    const { key } = await makeAccountToken(member.id, { permissions: ["*"] });
    const actor = await actorFor(key);
    await expect(createWebsiteKey(actor, website._id, {})).resolves.toBeDefined();
    await db().membership.updateMany({
      where: { websiteId: website._id, userId: member.id },
      data: { role: "viewer" },
    });
    await expect(createWebsiteKey(actor, website._id, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listWebsiteKeys(actor, website._id)).resolves.toHaveLength(1);
  });

  it("a token's lookup reads the role on the website the request names, in the same statement", async () => {
    const { owner, member, website } = await makeTeam();
    const other = await makeTeam();
    const token = await makeAccountToken(member.id);
    const key = await makeWebsiteKey(website._id, owner.id);
    const spy = spied();
    const verified = await verifySecret({
      raw: token.key,
      request: IP,
      now: new Date(),
      roleOn: website._id,
    });
    await Promise.all(spy.writes);
    // One read; the other call is the first use's last-used write.
    expect(spy.calls).toEqual(["query SELECT", "$executeRaw"]);
    expect(verified.ok && verified.credential.roleAt).toEqual({ websiteId: website._id, role: "member" });
    const elsewhere = await verifySecret({
      raw: token.key,
      request: IP,
      now: new Date(),
      roleOn: other.website._id,
    });
    expect(elsewhere.ok && elsewhere.credential.roleAt).toEqual({ websiteId: other.website._id, role: null });
    for (const notAnId of ["not-a-uuid", undefined]) {
      const result = await verifySecret({ raw: token.key, request: IP, now: new Date(), roleOn: notAnId });
      expect(result.ok && result.credential.roleAt).toBeNull();
    }
    // A key's lookup reads its person's role on the key's website (what caps it, S82), in the
    // same single statement, whatever website the request names.
    const keySpy = spied();
    const keyResult = await verifySecret({
      raw: key.secret,
      request: IP,
      now: new Date(),
      roleOn: other.website._id,
    });
    await Promise.all(keySpy.writes);
    expect(keySpy.calls).toEqual(["query SELECT", "$executeRaw"]);
    expect(keyResult.ok && keyResult.credential.roleAt).toEqual({ websiteId: website._id, role: "owner" });
  });

  it("S34 the role read with the token serves that request's reads only: a write re-reads it under lock", async () => {
    const { member, website } = await makeTeam();
    const { key } = await makeAccountToken(member.id, { permissions: ["*"] });
    const actor = await actorFor(key, undefined, website._id);
    expect(actor.roleAt).toEqual({ websiteId: website._id, role: "member" });
    await db().membership.updateMany({
      where: { websiteId: website._id, userId: member.id },
      data: { role: "viewer" },
    });
    await expect(createWebsiteKey(actor, website._id, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    // The next request reads the role afresh.
    const next = await actorFor(key, undefined, website._id);
    expect(next.roleAt).toEqual({ websiteId: website._id, role: "viewer" });
    await expect(createWebsiteKey(next, website._id, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("S70 last used", () => {
  it("many uses within a minute cause at most one write; the time and IP are recorded", async () => {
    const person = await makePerson();
    const { key, token } = await makeAccountToken(person.id);
    const start = new Date(Math.floor(Date.now() / 1000) * 1000 + 10 * 60_000);
    const spy = spied();
    for (let i = 0; i < 60; i++)
      expect(
        (await verifySecret({ raw: key, request: IP, now: new Date(start.getTime() + i * 999) })).ok,
      ).toBe(true);
    await Promise.all(spy.writes);
    expect(spy.calls.filter((c) => c === "$executeRaw")).toHaveLength(1);
    const row = await db().accountToken.findUniqueOrThrow({ where: { id: token._id } });
    expect(row).toMatchObject({ lastUsedAt: start, lastUsedIp: IP });

    // A minute later: one more write, forward.
    const later = new Date(start.getTime() + 61_000);
    await verifySecret({ raw: key, request: "192.0.2.1", now: later });
    await Promise.all(spy.writes);
    expect(spy.calls.filter((c) => c === "$executeRaw")).toHaveLength(2);
    expect(await db().accountToken.findUniqueOrThrow({ where: { id: token._id } })).toMatchObject({
      lastUsedAt: later,
      lastUsedIp: "192.0.2.1",
    });
  });

  it("the value only moves forward, even from another instance that has not seen the latest use", async () => {
    const { owner, website } = await makeTeam();
    const { key } = await makeWebsiteKey(website._id, owner.id);
    const latest = new Date(Date.now() + 5 * 60_000);
    await db().websiteKey.update({
      where: { id: key._id },
      data: { lastUsedAt: latest, lastUsedIp: "192.0.2.9" },
    });
    // As a second instance would: no in-process memory of the key, an older clock.
    await recordLastUsed(
      { table: "WebsiteKey", id: key._id, secret: "current", lastUsedAt: null, previousLastUsedAt: null },
      IP,
      new Date(latest.getTime() - 120_000),
    );
    expect(await db().websiteKey.findUniqueOrThrow({ where: { id: key._id } })).toMatchObject({
      lastUsedAt: latest,
      lastUsedIp: "192.0.2.9",
    });
  });

  it("a failing write never fails verification, and the log names the record, never the secret", async () => {
    const person = await makePerson();
    const { key, token } = await makeAccountToken(person.id);
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const spy = spied();
    spy.failWrites = true;
    const result = await verifySecret({ raw: key, request: IP });
    await Promise.all(spy.writes);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(result.ok).toBe(true);
    expect(spy.calls).toContain("$executeRaw");
    expect(logged).toHaveBeenCalled();
    const text = JSON.stringify(logged.mock.calls);
    expect(text).toContain(token._id);
    expect(text).not.toContain(key);
  });
});

describe("S8 at rest", () => {
  it("no raw secret appears in any column of any table; digests are 32 bytes with unique indexes", async () => {
    const { owner, website } = await makeTeam();
    const token = await makeAccountToken(owner.id, { websiteIds: [website._id] });
    const rolledToken = await rollAccountToken(asSession(owner.id), {
      tokenId: token.token._id,
      grace: "1h",
    });
    const key = await makeWebsiteKey(website._id, owner.id);
    const rolledKey = await rollWebsiteKey(asSession(owner.id), {
      websiteId: website._id,
      keyId: key.key._id,
      grace: "24h",
    });
    await verifySecret({ raw: rolledKey.secret, request: IP });
    const secrets = [token.key, rolledToken.key, key.secret, rolledKey.secret];

    const tables = await db().$queryRaw<{ name: string }[]>`
      SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`;
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(["AccountToken", "WebsiteKey", "AuditEvent"]),
    );
    let dump = "";
    for (const { name } of tables) {
      // Table names come from the catalogue, not from input.
      const rows = await db().$queryRawUnsafe<{ row: string }[]>(
        `SELECT row_to_json(t)::text AS row FROM "${name}" t`,
      );
      dump += rows.map((r) => r.row).join("\n");
    }
    expect(dump.length).toBeGreaterThan(1000);
    for (const secret of secrets) {
      const body = secret.slice(secret.indexOf("_") + 1);
      expect(dump).not.toContain(body.slice(0, 20));
      expect(dump).not.toContain(body.slice(-20));
    }
    expect(dump).toContain(rolledToken.token.displayKey);

    const lengths = await db().$queryRaw<{ n: number }[]>`
      SELECT octet_length(digest) AS n FROM "AccountToken" UNION ALL SELECT octet_length("previousDigest") FROM "AccountToken" WHERE "previousDigest" IS NOT NULL
      UNION ALL SELECT octet_length(digest) FROM "WebsiteKey" UNION ALL SELECT octet_length("previousDigest") FROM "WebsiteKey" WHERE "previousDigest" IS NOT NULL`;
    expect(lengths.length).toBeGreaterThanOrEqual(4);
    expect(new Set(lengths.map((l) => Number(l.n)))).toEqual(new Set([32]));
    const unique = await db().$queryRaw<{ indexdef: string }[]>`
      SELECT indexdef FROM pg_indexes WHERE tablename IN ('AccountToken', 'WebsiteKey') AND indexdef ILIKE 'CREATE UNIQUE INDEX%digest%'`;
    const columns = unique.map((u) => u.indexdef.match(/\((.+)\)/)?.[1]?.replaceAll('"', "")).sort();
    expect(columns).toEqual(["digest", "digest", "previousDigest", "previousDigest"]);
  });
});
