import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { NO_WEBSITE_ACCESS_MESSAGE } from "@/lib/access";
import type { Actor } from "@/lib/actor";
import { verifySecret } from "@/lib/credentials/verify";
import { db } from "@/lib/db";
import { displayKey } from "@/lib/secrets";
import {
  TEST_REQUEST,
  actorFor,
  asSession,
  domainState,
  makeAccountToken,
  makePerson,
  makeTeam,
  makeWebsite,
  makeWebsiteKey,
} from "@/test/factories";
import { createWebsiteKey } from "./create-website-key";
import { listWebsiteKeys } from "./list-website-keys";
import { renameWebsiteKey } from "./rename-website-key";
import { KEY_LIMIT_MESSAGE, KEY_NOT_FOUND_MESSAGE } from "./messages";
import { revokeWebsiteKey } from "./revoke-website-key";
import { rollWebsiteKey } from "./roll-website-key";
import { WEBSITE_KEY_LIMIT } from "./key-limit";
import { createWebsiteKeyApiSchema, createWebsiteKeySchema } from "./schemas";

const DTO_FIELDS = [
  "_id",
  "allowedIps",
  "createdAt",
  "createdBy",
  "displayKey",
  "expiresAt",
  "flaggedAt",
  "lastUsedAt",
  "lastUsedIp",
  "name",
  "parentId",
  "parentKind",
  "previousExpiresAt",
  "previousLastUsedAt",
  "rolledAt",
  "websiteId",
].sort();

async function auditOf(targetId: string) {
  return db().auditEvent.findMany({ where: { targetId }, orderBy: { createdAt: "asc" } });
}

// Every write act on a website's keys, for the role tables below.
async function tryEveryWrite(actor: Actor, websiteId: string, keyId: string) {
  return {
    create: await createWebsiteKey(actor, websiteId, {}).then(
      () => "ok",
      (e: { code: string }) => e.code,
    ),
    roll: await rollWebsiteKey(actor, { websiteId, keyId, grace: "none" }).then(
      () => "ok",
      (e: { code: string }) => e.code,
    ),
    revoke: await revokeWebsiteKey(actor, { websiteId, keyId }).then(
      () => "ok",
      (e: { code: string }) => e.code,
    ),
  };
}

describe("website keys by role", () => {
  it("grid O1/O3 owners and members create, roll and revoke; viewers only list", async () => {
    const { owner, member, viewer, website } = await makeTeam();
    for (const person of [owner, member]) {
      const { key } = await makeWebsiteKey(website._id, person.id);
      expect(await tryEveryWrite(asSession(person.id), website._id, key._id)).toEqual({
        create: "ok",
        roll: "ok",
        revoke: "ok",
      });
    }
    await expect(listWebsiteKeys(asSession(viewer.id), website._id)).resolves.toHaveLength(2);
  });

  it("S14 a viewer session can't create, roll or revoke a key: FORBIDDEN; nothing changed", async () => {
    const { owner, viewer, website } = await makeTeam();
    const { key } = await makeWebsiteKey(website._id, owner.id);
    const before = await domainState();
    expect(await tryEveryWrite(asSession(viewer.id), website._id, key._id)).toEqual({
      create: "FORBIDDEN",
      roll: "FORBIDDEN",
      revoke: "FORBIDDEN",
    });
    await expect(createWebsiteKey(asSession(viewer.id), website._id, {})).rejects.toThrow("Viewers can't");
    expect(await domainState()).toEqual(before);
  });

  it("S26 a non-member gets the same refusal as for a website that does not exist; nothing changed", async () => {
    const { owner, outsider, website } = await makeTeam();
    const { key } = await makeWebsiteKey(website._id, owner.id);
    const before = await domainState();
    for (const websiteId of [website._id, randomUUID(), "not-a-uuid", "../etc/passwd"]) {
      await expect(listWebsiteKeys(asSession(outsider.id), websiteId)).rejects.toMatchObject({
        code: "FORBIDDEN",
        message: NO_WEBSITE_ACCESS_MESSAGE,
      });
      for (const result of Object.values(await tryEveryWrite(asSession(outsider.id), websiteId, key._id))) {
        expect(result).toBe("FORBIDDEN");
      }
    }
    expect(await domainState()).toEqual(before);
  });

  it("S17 a dft_ [analytics:read] of the owner can't create a df_ key: 403; nothing created", async () => {
    const { owner, website } = await makeTeam();
    const { key: analytics } = await makeAccountToken(owner.id, { permissions: ["analytics:read"] });
    const before = await domainState();
    await expect(createWebsiteKey(await actorFor(analytics), website._id, {})).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await domainState()).toEqual(before);
  });

  it("grid T tokens: '*' of a member manages keys, '*' of a viewer only lists, api-keys:read alone only lists", async () => {
    const { owner, member, viewer, website } = await makeTeam();
    const { key } = await makeWebsiteKey(website._id, owner.id);
    const memberToken = await actorFor((await makeAccountToken(member.id)).key);
    const viewerToken = await actorFor((await makeAccountToken(viewer.id)).key);
    const readOnly = await actorFor(
      (await makeAccountToken(owner.id, { permissions: ["api-keys:read"] })).key,
    );
    const made = await createWebsiteKey(memberToken, website._id, { name: "by token" });
    expect(made.key.createdBy).toEqual({ _id: member.id, name: member.name });
    const [event] = await auditOf(made.key._id);
    expect(event).toMatchObject({
      action: "website-key.create",
      credential: memberToken.credential,
      actorUserId: member.id,
    });
    for (const actor of [viewerToken, readOnly]) {
      await expect(listWebsiteKeys(actor, website._id)).resolves.toHaveLength(2);
      expect(await tryEveryWrite(actor, website._id, key._id)).toEqual({
        create: "FORBIDDEN",
        roll: "FORBIDDEN",
        revoke: "FORBIDDEN",
      });
    }
  });

  it("grid K a df_ key manages its own website's keys with member power, and nothing on another website (S25)", async () => {
    const owner = await makePerson();
    const [a, b] = [await makeWebsite(owner.id), await makeWebsite(owner.id)];
    const { secret } = await makeWebsiteKey(a._id, owner.id);
    const { key: keyOfB } = await makeWebsiteKey(b._id, owner.id);
    const { key: other } = await makeWebsiteKey(a._id, owner.id);
    const keyActor = await actorFor(secret);

    const created = await createWebsiteKey(keyActor, a._id, { name: "from a key" });
    // Issue 14 (S76): a key minted by a key acts for the same person and names its parent; it
    // used to be stored with no creator.
    expect(created.key).toMatchObject({
      createdBy: { _id: owner.id, name: owner.name },
      parentId: keyActor.principal.kind === "website-key" ? keyActor.principal.keyId : "",
      parentKind: "website-key",
    });
    expect(await auditOf(created.key._id)).toMatchObject([
      { actorUserId: null, credential: displayKey(secret), websiteId: a._id },
    ]);
    // It manages itself and the keys it minted (O3 200)…
    expect(await tryEveryWrite(keyActor, a._id, created.key._id)).toEqual({
      create: "ok",
      roll: "ok",
      revoke: "ok",
    });
    // …and never a sibling made in the dashboard (S80; issue 14 replaced "ok" here).
    const sibling = () => db().websiteKey.findUniqueOrThrow({ where: { id: other._id } });
    const untouched = await sibling();
    expect(await tryEveryWrite(keyActor, a._id, other._id)).toMatchObject({
      roll: "FORBIDDEN",
      revoke: "FORBIDDEN",
    });
    expect(await sibling()).toEqual(untouched);

    const before = await domainState();
    await expect(listWebsiteKeys(keyActor, b._id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await tryEveryWrite(keyActor, b._id, keyOfB._id)).toEqual({
      create: "FORBIDDEN",
      roll: "FORBIDDEN",
      revoke: "FORBIDDEN",
    });
    // B's key id through A's path stays bound to A: not found there.
    await expect(
      rollWebsiteKey(keyActor, { websiteId: a._id, keyId: keyOfB._id, grace: "none" }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await domainState()).toEqual(before);
  });
});

describe("createWebsiteKey", () => {
  it("reveals the secret once; stores its digest and display form; audits the act", async () => {
    const { owner, website } = await makeTeam();
    const { key, secret } = await createWebsiteKey(
      asSession(owner.id),
      website._id,
      createWebsiteKeySchema.parse({ name: "API key" }),
    );
    expect(secret).toMatch(/^df_[0-9A-Za-z]{38}$/);
    expect(key).toMatchObject({
      name: "API key",
      websiteId: website._id,
      displayKey: displayKey(secret),
      createdBy: { _id: owner.id },
    });
    const listed = await listWebsiteKeys(asSession(owner.id), website._id);
    expect(listed).toEqual([key]);
    expect(JSON.stringify(listed)).not.toContain(secret);
    const verified = await verifySecret({ raw: secret, request: null });
    expect(verified.ok && verified.credential.principal).toEqual({
      kind: "website-key",
      keyId: key._id,
      websiteId: website._id,
      personId: owner.id,
    });
    const events = await auditOf(key._id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "website-key.create",
      websiteId: website._id,
      actorUserId: owner.id,
      credential: "session",
      ip: TEST_REQUEST.ip,
      userAgent: TEST_REQUEST.userAgent,
      metadata: { name: "API key", displayKey: key.displayKey },
    });
    expect(JSON.stringify(events)).not.toContain(secret);
  });

  it("S32 results carry only DTO fields: never a digest, never the creator's email", async () => {
    const { owner, website } = await makeTeam();
    const { key } = await makeWebsiteKey(website._id, owner.id);
    expect(Object.keys(key).sort()).toEqual(DTO_FIELDS);
    expect(Object.keys(key.createdBy ?? {}).sort()).toEqual(["_id", "name"]);
    const listed = await listWebsiteKeys(asSession(owner.id), website._id);
    expect(JSON.stringify(listed)).not.toMatch(/digest|@example\.test/i);
  });

  it("S31/S55 names: required in the dashboard, optional over REST; trimmed, ≤ 64 printable characters; no extra fields", () => {
    for (const missing of [{}, { name: "" }, { name: "   " }]) {
      expect(createWebsiteKeySchema.safeParse(missing).error?.issues[0]?.message).toBe(
        "Name the key, like Checkout server.",
      );
    }
    expect(createWebsiteKeyApiSchema.parse({})).toEqual({});
    expect(createWebsiteKeyApiSchema.parse({ name: "   " })).toEqual({});
    for (const schema of [createWebsiteKeySchema, createWebsiteKeyApiSchema]) {
      expect(schema.parse({ name: "  Zapier  " })).toEqual({ name: "Zapier" });
      expect(schema.parse({ name: "<b>x</b>" })).toEqual({ name: "<b>x</b>" });
      for (const bad of [
        { name: "x".repeat(65) },
        { name: "a\nb" },
        { name: "\u202Eevil" },
        { name: 5 },
        { name: "x", websiteId: randomUUID() },
        { name: "x", digest: "00" },
        { name: "x", createdById: randomUUID() },
      ]) {
        expect(schema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
      }
    }
  });

  it("names are unique among the website's live keys, ignoring case: create and rename refuse a taken one on the name field", async () => {
    const { owner, member, website } = await makeTeam();
    const other = await makeWebsite(owner.id);
    const zapier = await makeWebsiteKey(website._id, owner.id, "Zapier");
    const checkout = await makeWebsiteKey(website._id, member.id, "Checkout");
    const before = await domainState();
    await expect(
      createWebsiteKey(asSession(member.id), website._id, { name: "zapier" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      field: "name",
      message: "This website already has a key named “zapier”. Choose another name.",
    });
    await expect(
      renameWebsiteKey(
        asSession(owner.id),
        { websiteId: website._id, keyId: checkout.key._id },
        { name: " ZAPIER " },
      ),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      field: "name",
      message: "This website already has a key named “ZAPIER”. Choose another name.",
    });
    expect(await domainState()).toEqual(before);

    // A key may change its own name's case; another website, or a revoked key's name, is no clash.
    await renameWebsiteKey(
      asSession(owner.id),
      { websiteId: website._id, keyId: zapier.key._id },
      { name: "ZAPIER" },
    );
    await makeWebsiteKey(other._id, owner.id, "Checkout");
    await revokeWebsiteKey(asSession(owner.id), { websiteId: website._id, keyId: checkout.key._id });
    const again = await makeWebsiteKey(website._id, owner.id, "Checkout");
    expect(again.key.name).toBe("Checkout");
  });

  it("over REST a key made without a name gets the first free default: API key, API key 2…", async () => {
    const { owner, website } = await makeTeam();
    const token = await actorFor((await makeAccountToken(owner.id, { permissions: ["*"] })).key);
    const names = [];
    for (let i = 0; i < 3; i++) {
      names.push((await createWebsiteKey(token, website._id, createWebsiteKeyApiSchema.parse({}))).key.name);
    }
    expect(names).toEqual(["API key", "API key 2", "API key 3"]);
    await expect(createWebsiteKey(token, website._id, { name: "api key 2" })).rejects.toMatchObject({
      code: "CONFLICT",
      field: "name",
    });
  });

  it("S31 the domain re-parses its input: extra fields are refused and nothing is stored", async () => {
    const { owner, website } = await makeTeam();
    await expect(
      createWebsiteKey(asSession(owner.id), website._id, { name: "x", websiteId: randomUUID() } as never),
    ).rejects.toThrow();
    expect(await db().websiteKey.count({ where: { websiteId: website._id } })).toBe(0);
  });

  it(`S65 at most ${WEBSITE_KEY_LIMIT} active keys per website, via the dashboard and the API; revoking frees a slot`, async () => {
    const { owner, website } = await makeTeam();
    const made = [];
    for (let i = 0; i < WEBSITE_KEY_LIMIT; i++) made.push(await makeWebsiteKey(website._id, owner.id));
    await expect(makeWebsiteKey(website._id, owner.id)).rejects.toMatchObject({
      code: "INVALID",
      message: KEY_LIMIT_MESSAGE,
    });
    expect(KEY_LIMIT_MESSAGE).toContain(String(WEBSITE_KEY_LIMIT));
    const api = await actorFor(made[0]?.secret ?? "");
    await expect(createWebsiteKey(api, website._id, {})).rejects.toMatchObject({
      code: "INVALID",
      message: KEY_LIMIT_MESSAGE,
    });
    expect(await db().websiteKey.count({ where: { websiteId: website._id } })).toBe(WEBSITE_KEY_LIMIT);
    // Another website has its own allowance.
    await expect(makeWebsiteKey((await makeWebsite(owner.id))._id, owner.id)).resolves.toBeDefined();

    await revokeWebsiteKey(asSession(owner.id), { websiteId: website._id, keyId: made[3]?.key._id ?? "" });
    await expect(createWebsiteKey(api, website._id, {})).resolves.toBeDefined();
  });
});

describe("listWebsiteKeys", () => {
  it("S29 lists only this website's live keys, newest first", async () => {
    const owner = await makePerson();
    const [a, b] = [await makeWebsite(owner.id), await makeWebsite(owner.id)];
    const first = await makeWebsiteKey(a._id, owner.id, "first");
    const second = await makeWebsiteKey(a._id, owner.id, "second");
    const revoked = await makeWebsiteKey(a._id, owner.id, "revoked");
    await makeWebsiteKey(b._id, owner.id, "of b");
    await revokeWebsiteKey(asSession(owner.id), { websiteId: a._id, keyId: revoked.key._id });
    expect((await listWebsiteKeys(asSession(owner.id), a._id)).map((k) => k._id)).toEqual([
      second.key._id,
      first.key._id,
    ]);
    expect((await listWebsiteKeys(asSession(owner.id), b._id)).map((k) => k.name)).toEqual(["of b"]);
  });

  it("S33 keys a removed member created stay valid and still name their creator", async () => {
    const { owner, member, website } = await makeTeam();
    const { key, secret } = await makeWebsiteKey(website._id, member.id);
    await db().membership.deleteMany({ where: { websiteId: website._id, userId: member.id } });
    expect((await verifySecret({ raw: secret, request: null })).ok).toBe(true);
    const [listed] = await listWebsiteKeys(asSession(owner.id), website._id);
    expect(listed).toMatchObject({ _id: key._id, createdBy: { _id: member.id, name: member.name } });
    await expect(listWebsiteKeys(asSession(member.id), website._id)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("a key whose creator's account is gone shows no creator", async () => {
    const { owner, member, website } = await makeTeam();
    const { key } = await makeWebsiteKey(website._id, member.id);
    await db().user.delete({ where: { id: member.id } });
    const [listed] = await listWebsiteKeys(asSession(owner.id), website._id);
    expect(listed).toMatchObject({ _id: key._id, createdBy: null });
  });
});

describe("rollWebsiteKey", () => {
  it("S41 roll with grace: same record, the new secret works at once, the old one until the grace ends", async () => {
    const { member, website } = await makeTeam();
    const made = await makeWebsiteKey(website._id, member.id, "Rolled");
    const { key, secret } = await rollWebsiteKey(asSession(member.id), {
      websiteId: website._id,
      keyId: made.key._id,
      grace: "24h",
    });
    expect(key).toMatchObject({
      _id: made.key._id,
      name: "Rolled",
      websiteId: website._id,
      displayKey: displayKey(secret),
    });
    expect(key.rolledAt).not.toBeNull();
    const graceEnds = Date.parse(key.previousExpiresAt ?? "");
    expect(graceEnds - Date.now()).toBeGreaterThan(24 * 3_600_000 - 60_000);
    expect((await verifySecret({ raw: secret, request: null })).ok).toBe(true);
    expect((await verifySecret({ raw: made.secret, request: null, now: new Date(graceEnds - 1) })).ok).toBe(
      true,
    );
    expect(await verifySecret({ raw: made.secret, request: null, now: new Date(graceEnds) })).toEqual({
      ok: false,
      reason: "rolled",
      // The refused credential, so its 401 counts in its usage (lib/usage).
      credentialId: expect.any(String),
    });
    const roll = (await auditOf(key._id)).find((e) => e.action === "website-key.roll");
    expect(roll).toMatchObject({
      websiteId: website._id,
      actorUserId: member.id,
      metadata: { grace: "24h", previousDisplayKey: made.key.displayKey },
    });
    expect(JSON.stringify(roll)).not.toContain(secret);
  });

  it("S41 G = 0 refuses the old secret at once; G over the maximum is refused", async () => {
    const { owner, website } = await makeTeam();
    const made = await makeWebsiteKey(website._id, owner.id);
    const ids = { websiteId: website._id, keyId: made.key._id };
    const before = await domainState();
    await expect(rollWebsiteKey(asSession(owner.id), { ...ids, grace: "14d" as never })).rejects.toThrow();
    expect(await domainState()).toEqual(before);
    const { secret } = await rollWebsiteKey(asSession(owner.id), { ...ids, grace: "none" });
    expect((await verifySecret({ raw: made.secret, request: null })).ok).toBe(false);
    expect((await verifySecret({ raw: secret, request: null })).ok).toBe(true);
  });

  it("S27/S28 another website's key id is 'not found' even for the owner of both; the queries match both ids", async () => {
    const owner = await makePerson();
    const [a, b] = [await makeWebsite(owner.id), await makeWebsite(owner.id)];
    const keyOfB = await makeWebsiteKey(b._id, owner.id);
    const before = await domainState();
    for (const keyId of [keyOfB.key._id, randomUUID(), "nope", ""]) {
      await expect(
        rollWebsiteKey(asSession(owner.id), { websiteId: a._id, keyId, grace: "none" }),
      ).rejects.toMatchObject({
        code: "NOT_FOUND",
        message: KEY_NOT_FOUND_MESSAGE,
      });
      await expect(revokeWebsiteKey(asSession(owner.id), { websiteId: a._id, keyId })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
    expect(await domainState()).toEqual(before);
    expect((await verifySecret({ raw: keyOfB.secret, request: null })).ok).toBe(true);
  });

  it("S27 a member of A naming B's website and key is refused; B unchanged", async () => {
    const { member, website } = await makeTeam();
    const stranger = await makePerson();
    const b = await makeWebsite(stranger.id);
    const keyOfB = await makeWebsiteKey(b._id, stranger.id);
    const before = await domainState();
    expect(await tryEveryWrite(asSession(member.id), b._id, keyOfB.key._id)).toEqual({
      create: "FORBIDDEN",
      roll: "FORBIDDEN",
      revoke: "FORBIDDEN",
    });
    await expect(
      revokeWebsiteKey(asSession(member.id), { websiteId: website._id, keyId: keyOfB.key._id }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await domainState()).toEqual(before);
  });

  it("S42 rolling a revoked key is a conflict (409); nothing changed", async () => {
    const { owner, website } = await makeTeam();
    const made = await makeWebsiteKey(website._id, owner.id);
    const ids = { websiteId: website._id, keyId: made.key._id };
    await revokeWebsiteKey(asSession(owner.id), ids);
    const before = await domainState();
    await expect(rollWebsiteKey(asSession(owner.id), { ...ids, grace: "1h" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await domainState()).toEqual(before);
    expect(await verifySecret({ raw: made.secret, request: null })).toMatchObject({
      ok: false,
      reason: "revoked",
    });
  });
});

describe("revokeWebsiteKey", () => {
  it("S39 revoke: the key and its rolled-away secret are refused at once, it leaves the list, the audit log keeps it", async () => {
    const { owner, website } = await makeTeam();
    const made = await makeWebsiteKey(website._id, owner.id);
    const ids = { websiteId: website._id, keyId: made.key._id };
    const rolled = await rollWebsiteKey(asSession(owner.id), { ...ids, grace: "7d" });
    await revokeWebsiteKey(asSession(owner.id), ids);
    expect(await verifySecret({ raw: rolled.secret, request: null })).toEqual({
      ok: false,
      reason: "revoked",
      // The refused credential, so its 401 counts in its usage (lib/usage).
      credentialId: expect.any(String),
    });
    expect((await verifySecret({ raw: made.secret, request: null })).ok).toBe(false);
    expect(await listWebsiteKeys(asSession(owner.id), website._id)).toEqual([]);
    expect((await auditOf(made.key._id)).map((e) => e.action)).toEqual([
      "website-key.create",
      "website-key.roll",
      "website-key.revoke",
    ]);
    await expect(revokeWebsiteKey(asSession(owner.id), ids)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await auditOf(made.key._id)).toHaveLength(3);
  });
});
