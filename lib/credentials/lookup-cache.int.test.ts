import { afterEach, describe, expect, it } from "vitest";
import { revokeAccountToken } from "@/lib/account-tokens/revoke-account-token";
import { database, db } from "@/lib/db";
import {
  addMember,
  asSession,
  makeAccountToken,
  makePerson,
  makeTeam,
  makeWebsiteKey,
} from "@/test/factories";
import { spyOnDatabase } from "@/test/database-spy";
import { recordLastUsed } from "./last-used";
import { cachedLookup } from "./lookup-cache";
import { verifySecret } from "./verify";

const IP = "198.51.100.4";
const embedded = database().kind === "embedded";

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

/** Counts the statements run straight on the driver (the secret lookups) from now on. */
function countLookups(): { readonly count: number } {
  const spy = spyOnDatabase();
  restore = spy.restore;
  return {
    get count() {
      return spy.calls.filter((call) => call.startsWith("query ")).length;
    },
  };
}

async function verified(raw: string, roleOn?: string) {
  const result = await verifySecret({ raw, request: IP, roleOn });
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.credential;
}

describe.runIf(embedded)("lookup cache on the embedded database", () => {
  it("reuses a verified lookup: the second verification of a secret reads nothing", async () => {
    const { owner, website } = await makeTeam();
    const token = await makeAccountToken(owner.id);
    const key = await makeWebsiteKey(website._id, owner.id);
    const lookups = countLookups();
    await verified(token.key, website._id);
    await verified(key.secret);
    expect(lookups.count).toBe(2);
    await verified(token.key, website._id);
    await verified(key.secret);
    expect(lookups.count).toBe(2);
    // Another website named is another lookup: the role read with it differs.
    await verified(token.key);
    expect(lookups.count).toBe(3);
  });

  it("S39 every kind of change to what a lookup reads shows on the very next verification", async () => {
    const { member, website } = await makeTeam();
    const token = await makeAccountToken(member.id, { permissions: ["analytics:read"] });
    const key = await makeWebsiteKey(website._id, member.id);
    const changes: [string, () => Promise<unknown>, () => Promise<unknown>][] = [
      [
        "a key's allow-list",
        () =>
          db().websiteKey.update({ where: { id: key.key._id }, data: { allowedIps: ["203.0.113.0/24"] } }),
        async () => (await verified(key.secret)).allowedIps,
      ],
      [
        "its creator's role",
        () =>
          db().membership.update({
            where: { userId_websiteId: { userId: member.id, websiteId: website._id } },
            data: { role: "viewer" },
          }),
        async () => (await verified(key.secret)).roleAt?.role,
      ],
      [
        "a token's permissions",
        () => db().accountToken.update({ where: { id: token.token._id }, data: { permissions: ["*"] } }),
        async () => (await verified(token.key, website._id)).principal,
      ],
      [
        "a token's websites",
        () =>
          db().$transaction([
            db().accountToken.update({ where: { id: token.token._id }, data: { allWebsites: false } }),
            db().accountTokenWebsite.create({ data: { tokenId: token.token._id, websiteId: website._id } }),
          ]),
        async () => (await verified(token.key, website._id)).principal,
      ],
      [
        "the person's membership",
        () =>
          db().membership.delete({
            where: { userId_websiteId: { userId: member.id, websiteId: website._id } },
          }),
        async () => (await verified(token.key, website._id)).roleAt?.role,
      ],
      [
        "a key's revocation",
        () => db().websiteKey.update({ where: { id: key.key._id }, data: { revokedAt: new Date() } }),
        async () => (await verifySecret({ raw: key.secret, request: IP })).ok,
      ],
    ];
    for (const [label, change, read] of changes) {
      const before = await read();
      // Kept now: a missed notice would hand out this answer again.
      expect(await read(), label).toEqual(before);
      await change();
      expect(await read(), label).not.toEqual(before);
    }
    await addMember(website._id, member.id, "member");
    expect((await verified(token.key, website._id)).roleAt?.role).toBe("member");
    await revokeAccountToken(asSession(member.id), token.token._id);
    expect(await verifySecret({ raw: token.key, request: IP })).toMatchObject({
      ok: false,
      reason: "revoked",
    });
  });

  it("a recorded use keeps the lookups: last use is not what a lookup decides on", async () => {
    const person = await makePerson();
    const token = await makeAccountToken(person.id);
    const lookups = countLookups();
    await verified(token.key);
    await recordLastUsed(
      {
        table: "AccountToken",
        id: token.token._id,
        secret: "current",
        lastUsedAt: null,
        previousLastUsedAt: null,
      },
      IP,
      new Date(Date.now() + 120_000),
    );
    await verified(token.key);
    expect(lookups.count).toBe(1);
  });

  it("a row read while a change commits is not kept, and none is kept past a second", async () => {
    const person = await makePerson();
    const key = `test:${person.id}`;
    let loads = 0;
    const changeWhileReading = async () => {
      loads += 1;
      await db().membership.deleteMany({ where: { userId: person.id } });
      return { loads };
    };
    await cachedLookup(key, changeWhileReading);
    await cachedLookup(key, changeWhileReading);
    expect(loads).toBe(2);

    const plain = async () => {
      loads += 1;
      return { loads };
    };
    const start = Date.now();
    await cachedLookup(`${key}:aged`, plain, start);
    await cachedLookup(`${key}:aged`, plain, start + 999);
    expect(loads).toBe(3);
    await cachedLookup(`${key}:aged`, plain, start + 1_000);
    expect(loads).toBe(4);
  });
});

describe.runIf(!embedded)("lookup cache on PostgreSQL", () => {
  it("S39 keeps nothing: another instance's change would reach this one later, so every verification reads", async () => {
    const person = await makePerson();
    const token = await makeAccountToken(person.id);
    expect(database().credentialChanges()).toBeNull();
    const lookups = countLookups();
    await verified(token.key);
    await verified(token.key);
    expect(lookups.count).toBe(2);
  });
});
