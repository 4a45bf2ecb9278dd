import { describe, expect, it } from "vitest";
import { createAccountToken } from "@/lib/account-tokens/create-account-token";
import { revokeAccountToken } from "@/lib/account-tokens/revoke-account-token";
import { rollAccountToken } from "@/lib/account-tokens/roll-account-token";
import { ACCOUNT_TOKEN_LIMIT } from "@/lib/account-tokens/token-limit";
import { verifySecret } from "@/lib/credentials/verify";
import { db } from "@/lib/db";
import { createWebsiteKey } from "@/lib/website-keys/create-website-key";
import { revokeWebsiteKey } from "@/lib/website-keys/revoke-website-key";
import { rollWebsiteKey } from "@/lib/website-keys/roll-website-key";
import { WEBSITE_KEY_LIMIT } from "@/lib/website-keys/key-limit";
import { asSession, makeAccountToken, makePerson, makeTeam, makeWebsiteKey } from "@/test/factories";
import { fulfilled, race, rejected } from "@/test/race";

// Truly concurrent on PostgreSQL (see race()); on PGlite the engine runs one transaction at a
// time and the same assertions must hold.

async function live(secret: string): Promise<boolean> {
  return (await verifySecret({ raw: secret, request: null })).ok;
}

async function auditCount(targetId: string, action: string): Promise<number> {
  return db().auditEvent.count({ where: { targetId, action } });
}

describe("concurrency", () => {
  it("S66 two concurrent rolls of one token: exactly one succeeds; one live successor", async () => {
    const person = await makePerson();
    const made = await makeAccountToken(person.id);
    const roll = () => rollAccountToken(asSession(person.id), { tokenId: made.token._id, grace: "none" });
    const results = await race({ table: "AccountToken", id: made.token._id, waiters: 2 }, [roll, roll]);

    const [winner] = fulfilled(results);
    expect(fulfilled(results)).toHaveLength(1);
    expect(rejected(results)).toMatchObject([{ code: "CONFLICT" }]);
    expect(await live(winner?.key ?? "")).toBe(true);
    expect(await live(made.key)).toBe(false);
    expect(await auditCount(made.token._id, "token.roll")).toBe(1);
  });

  it("S66 two concurrent rolls of one website key: exactly one succeeds; one live successor", async () => {
    const { owner, member, website } = await makeTeam();
    const made = await makeWebsiteKey(website._id, owner.id);
    const ids = { websiteId: website._id, keyId: made.key._id };
    const results = await race({ table: "WebsiteKey", id: made.key._id, waiters: 2 }, [
      () => rollWebsiteKey(asSession(owner.id), { ...ids, grace: "1h" }),
      () => rollWebsiteKey(asSession(member.id), { ...ids, grace: "1h" }),
    ]);

    const [winner] = fulfilled(results);
    expect(fulfilled(results)).toHaveLength(1);
    expect(rejected(results)).toMatchObject([{ code: "CONFLICT" }]);
    expect(await live(winner?.secret ?? "")).toBe(true);
    // Within the winner's grace the original still works; the loser minted nothing.
    expect(await live(made.secret)).toBe(true);
    expect(await auditCount(made.key._id, "website-key.roll")).toBe(1);
  });

  it("S67 concurrent roll and revoke of a token: revoked in the end, and no secret of it authenticates", async () => {
    const person = await makePerson();
    const made = await makeAccountToken(person.id);
    const results = await race({ table: "AccountToken", id: made.token._id, waiters: 2 }, [
      () => rollAccountToken(asSession(person.id), { tokenId: made.token._id, grace: "7d" }),
      () => revokeAccountToken(asSession(person.id), made.token._id),
    ]);
    expect(results[1]?.status).toBe("fulfilled");
    const row = await db().accountToken.findUniqueOrThrow({ where: { id: made.token._id } });
    expect(row.revokedAt).not.toBeNull();
    expect(row.previousDigest).toBeNull();
    const successor = results[0]?.status === "fulfilled" ? results[0].value.key : null;
    expect(await live(made.key)).toBe(false);
    if (successor) expect(await live(successor)).toBe(false);
    else expect(rejected(results)).toMatchObject([{ code: "CONFLICT" }]);
    expect(await auditCount(made.token._id, "token.revoke")).toBe(1);
  });

  it("S67 concurrent roll and revoke of a website key: revoked in the end, and no secret of it authenticates", async () => {
    const { owner, website } = await makeTeam();
    const made = await makeWebsiteKey(website._id, owner.id);
    const ids = { websiteId: website._id, keyId: made.key._id };
    const results = await race({ table: "WebsiteKey", id: made.key._id, waiters: 2 }, [
      () => revokeWebsiteKey(asSession(owner.id), ids),
      () => rollWebsiteKey(asSession(owner.id), { ...ids, grace: "24h" }),
    ]);
    expect(results[0]?.status).toBe("fulfilled");
    const successor = results[1]?.status === "fulfilled" ? results[1].value.secret : null;
    expect(await live(made.secret)).toBe(false);
    if (successor) expect(await live(successor)).toBe(false);
    const row = await db().websiteKey.findUniqueOrThrow({ where: { id: made.key._id } });
    expect(row).toMatchObject({ previousDigest: null });
    expect(row.revokedAt).not.toBeNull();
  });

  it("S67 revoke during use: uses in flight may finish, nothing authenticates after the revoke commits", async () => {
    const person = await makePerson();
    const made = await makeAccountToken(person.id);
    const uses = Array.from({ length: 20 }, () => verifySecret({ raw: made.key, request: null }));
    await revokeAccountToken(asSession(person.id), made.token._id);
    await Promise.all(uses);
    expect(await verifySecret({ raw: made.key, request: null })).toMatchObject({
      ok: false,
      reason: "revoked",
    });
  });

  it(`S68 10 parallel token creates at ${ACCOUNT_TOKEN_LIMIT - 1} active end with at most ${ACCOUNT_TOKEN_LIMIT}`, async () => {
    const person = await makePerson();
    for (let i = 0; i < ACCOUNT_TOKEN_LIMIT - 1; i++) await makeAccountToken(person.id);
    const create = () =>
      createAccountToken(asSession(person.id), {
        name: "parallel",
        permissions: ["*"],
        websiteIds: [],
        expiresAt: null,
      });
    const results = await race(
      { table: "User", id: person.id, waiters: 3 },
      Array.from({ length: 10 }, () => create),
    );
    expect(fulfilled(results)).toHaveLength(1);
    for (const error of rejected(results)) expect(error).toMatchObject({ code: "INVALID" });
    expect(await db().accountToken.count({ where: { userId: person.id, revokedAt: null } })).toBe(
      ACCOUNT_TOKEN_LIMIT,
    );
    expect(await db().auditEvent.count({ where: { actorUserId: person.id, action: "token.create" } })).toBe(
      ACCOUNT_TOKEN_LIMIT,
    );
  });

  it(`S68 10 parallel key creates at ${WEBSITE_KEY_LIMIT - 1} active end with at most ${WEBSITE_KEY_LIMIT}`, async () => {
    const { owner, member, website } = await makeTeam();
    for (let i = 0; i < WEBSITE_KEY_LIMIT - 1; i++) await makeWebsiteKey(website._id, owner.id);
    const calls = Array.from(
      { length: 10 },
      (_, i) => () => createWebsiteKey(asSession(i % 2 ? owner.id : member.id), website._id, {}),
    );
    const results = await race({ table: "Website", id: website._id, waiters: 3 }, calls);
    expect(fulfilled(results)).toHaveLength(1);
    for (const error of rejected(results)) expect(error).toMatchObject({ code: "INVALID" });
    expect(await db().websiteKey.count({ where: { websiteId: website._id, revokedAt: null } })).toBe(
      WEBSITE_KEY_LIMIT,
    );
  });

  it("S69 a member removed while their request creates a key: refused, or done before the removal and audited", async () => {
    const { member, website } = await makeTeam();
    const membership = await db().membership.findFirstOrThrow({
      where: { websiteId: website._id, userId: member.id },
    });
    const results = await race({ table: "Membership", id: membership.id, waiters: 2 }, [
      () => createWebsiteKey(asSession(member.id), website._id, { name: "racing" }),
      () => db().membership.delete({ where: { id: membership.id } }),
    ]);
    expect(results[1]?.status).toBe("fulfilled");
    const keys = await db().websiteKey.findMany({ where: { websiteId: website._id } });
    if (results[0]?.status === "fulfilled") {
      expect(keys).toHaveLength(1);
      expect(await auditCount(keys[0]?.id ?? "", "website-key.create")).toBe(1);
    } else {
      expect(results[0]?.reason).toMatchObject({ code: "FORBIDDEN" });
      expect(keys).toEqual([]);
    }
    await expect(createWebsiteKey(asSession(member.id), website._id, {})).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
