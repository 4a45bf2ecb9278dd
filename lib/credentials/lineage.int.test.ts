import { describe, expect, it } from "vitest";
import { createAccountToken } from "@/lib/account-tokens/create-account-token";
import { editAccountToken } from "@/lib/account-tokens/edit-account-token";
import { listAccountTokens } from "@/lib/account-tokens/list-account-tokens";
import { regenerateAccountToken } from "@/lib/account-tokens/regenerate-account-token";
import { revokeAccountToken } from "@/lib/account-tokens/revoke-account-token";
import { createAccountTokenSchema, editAccountTokenSchema } from "@/lib/account-tokens/schemas";
import { previewAccountTokenRevoke, rollAccountTokenLineage } from "@/lib/account-tokens/token-lineage";
import { listWebsiteActivity } from "@/lib/audit/list-website-activity";
import { db } from "@/lib/db";
import { changeMemberRole } from "@/lib/team/change-role";
import { listFlaggedKeys, listPersonKeys, revokePersonKeys, rollPersonKeys } from "@/lib/team/offboard-keys";
import { leaveWebsite, removeMember } from "@/lib/team/remove-member";
import { deleteAccount } from "@/lib/users/delete-account";
import { createWebsiteKey } from "@/lib/website-keys/create-website-key";
import { previewWebsiteKeyRevoke, rollWebsiteKeyLineage } from "@/lib/website-keys/key-lineage";
import { listWebsiteKeys } from "@/lib/website-keys/list-website-keys";
import { renameWebsiteKey } from "@/lib/website-keys/rename-website-key";
import { revokeWebsiteKey } from "@/lib/website-keys/revoke-website-key";
import { rollWebsiteKey } from "@/lib/website-keys/roll-website-key";
import { getWebsite } from "@/lib/websites/get-website";
import { updateWebsite } from "@/lib/websites/update-website";
import {
  TEST_PASSWORD,
  actorFor,
  asSession,
  domainState,
  makeAccountToken,
  makePerson,
  makeTeam,
  makeUser,
  makeWebsite,
  makeWebsiteKey,
  addMember,
} from "@/test/factories";
import { verifySecret } from "./verify";

// Credential lineage (issue 14), through the domain functions: rows S76–S85 of
// SECURITY-MATRIX-NEXT.md and the rules behind them. test/api/lineage.int.test.ts drives the
// same rows over HTTP.

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY);

async function verifyReason(secret: string) {
  const result = await verifySecret({ raw: secret, request: null });
  return result.ok ? "ok" : result.reason;
}

async function auditOf(targetId: string) {
  return db().auditEvent.findMany({ where: { targetId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}

async function keyRow(id: string) {
  return db().websiteKey.findUniqueOrThrow({ where: { id } });
}

describe("S76 provenance: every key records the person it acts for and the credential that minted it", () => {
  it("S76 a df_ key mints a key: attributed to the key's member, flagged at their removal, revoked by 'revoke all'", async () => {
    const { owner, member, website } = await makeTeam();
    const k1 = await makeWebsiteKey(website._id, member.id, "K1");
    const k2 = await createWebsiteKey(await actorFor(k1.secret), website._id, { name: "K2" });
    expect(k2.key).toMatchObject({
      createdBy: { _id: member.id, name: member.name },
      parentId: k1.key._id,
      parentKind: "website-key",
      expiresAt: null,
      flaggedAt: null,
    });
    const [created] = await auditOf(k2.key._id);
    expect(created?.metadata).toMatchObject({
      createdBy: member.id,
      parentId: k1.key._id,
      parentKind: "website-key",
    });

    const offboarding = await removeMember(asSession(owner.id), {
      websiteId: website._id,
      userId: member.id,
    });
    expect(offboarding.keysToRoll.map((key) => key._id).sort()).toEqual([k1.key._id, k2.key._id].sort());
    expect((await keyRow(k2.key._id)).flaggedAt).not.toBeNull();
    expect((await listFlaggedKeys(asSession(owner.id), website._id)).map((key) => key._id).sort()).toEqual(
      [k1.key._id, k2.key._id].sort(),
    );

    const revoked = await revokePersonKeys(asSession(owner.id), {
      websiteId: website._id,
      userId: member.id,
    });
    expect(revoked.map((key) => key._id).sort()).toEqual([k1.key._id, k2.key._id].sort());
    expect(await verifyReason(k1.secret)).toBe("revoked");
    expect(await verifyReason(k2.secret)).toBe("revoked");
    expect((await auditOf(k2.key._id)).map((event) => event.action)).toEqual([
      "website-key.create",
      "website-key.revoke",
    ]);
  });

  it("S76 a key minted by a token acts for the token's person and names the token as its parent", async () => {
    const { member, website } = await makeTeam();
    const token = await makeAccountToken(member.id);
    const { key } = await createWebsiteKey(await actorFor(token.key), website._id, { name: "CI" });
    expect(key).toMatchObject({
      createdBy: { _id: member.id },
      parentId: token.token._id,
      parentKind: "account-token",
    });
  });

  it("a token minted by a token names its parent and person; one made in the dashboard has none", async () => {
    const person = await makePerson();
    const parent = await makeAccountToken(person.id);
    expect(parent.token).toMatchObject({ parentId: null, createdBy: { _id: person.id, name: person.name } });
    const child = await createAccountToken(await actorFor(parent.key), {
      name: "child",
      permissions: ["analytics:read"],
      websiteIds: [],
      expiresAt: null,
    });
    expect(child.token).toMatchObject({ parentId: parent.token._id, createdBy: { _id: person.id } });
    const [event] = await auditOf(child.token._id);
    expect(event?.metadata).toMatchObject({ parentId: parent.token._id, createdBy: person.id });
  });
});

describe("S77 a removed member's key keeps minting only into its own lineage", () => {
  it("S77 a key minted after the removal is in the same lineage, flagged at birth, and dies with 'revoke all'", async () => {
    const { owner, member, website } = await makeTeam();
    const k1 = await makeWebsiteKey(website._id, member.id, "K1");
    await removeMember(asSession(owner.id), { websiteId: website._id, userId: member.id });
    // The key still acts as a member (its person left: it stays flagged for the owner).
    const k3 = await createWebsiteKey(await actorFor(k1.secret), website._id, { name: "K3" });
    expect(k3.key).toMatchObject({ createdBy: { _id: member.id }, parentId: k1.key._id });
    expect(k3.key.flaggedAt).not.toBeNull();
    expect(
      (await listPersonKeys(asSession(owner.id), { websiteId: website._id, userId: member.id }))
        .map((k) => k._id)
        .sort(),
    ).toEqual([k1.key._id, k3.key._id].sort());
    await revokePersonKeys(asSession(owner.id), { websiteId: website._id, userId: member.id });
    expect(await verifyReason(k3.secret)).toBe("revoked");
  });

  it("S77 rolling K1 without grace leaves K3 working; 'roll all' for the lineage rolls K3 too", async () => {
    const { owner, member, website } = await makeTeam();
    const k1 = await makeWebsiteKey(website._id, member.id, "K1");
    await removeMember(asSession(owner.id), { websiteId: website._id, userId: member.id });
    const k3 = await createWebsiteKey(await actorFor(k1.secret), website._id, { name: "K3" });
    const ids = { websiteId: website._id, keyId: k1.key._id };
    const rolled = await rollWebsiteKey(asSession(owner.id), { ...ids, grace: "none" });
    expect(rolled.key.flaggedAt).toBeNull();
    expect(await verifyReason(k1.secret)).toBe("unknown");
    expect(await verifyReason(k3.secret)).toBe("ok");
    expect((await previewWebsiteKeyRevoke(asSession(owner.id), ids)).map((key) => key._id)).toEqual([
      k3.key._id,
    ]);
    const all = await rollWebsiteKeyLineage(asSession(owner.id), ids);
    expect(all.map((entry) => entry.key._id)).toEqual([k1.key._id, k3.key._id]);
    expect(await verifyReason(k3.secret)).toBe("unknown");
    for (const entry of all) expect(await verifyReason(entry.secret)).toBe("ok");
  });
});

describe("S78 a child never outlives its parent", () => {
  it("S78 a token expiring in 7 days can't mint one that never expires or expires later: 400 naming its expiry; nothing created", async () => {
    const person = await makePerson();
    const parent = await makeAccountToken(person.id, { expiresAt: inDays(7) });
    const actor = await actorFor(parent.key);
    const shown = parent.token.expiresAt ?? "";
    const before = await domainState();
    for (const expiresAt of [null, inDays(8), new Date(Date.parse(shown) + 1)]) {
      await expect(
        createAccountToken(actor, { name: "child", permissions: ["*"], websiteIds: [], expiresAt }),
      ).rejects.toMatchObject({ code: "INVALID", message: expect.stringContaining(shown) });
    }
    expect(await domainState()).toEqual(before);
    const child = await createAccountToken(actor, {
      name: "child",
      permissions: ["*"],
      websiteIds: [],
      expiresAt: new Date(shown),
    });
    expect(child.token.expiresAt).toBe(shown);
  });

  it("S78 keys too: a key minted by an expiring token or key expires no later than it", async () => {
    const { owner, website } = await makeTeam();
    const parent = await makeAccountToken(owner.id, { expiresAt: inDays(7) });
    const actor = await actorFor(parent.key);
    const shown = parent.token.expiresAt ?? "";
    const before = await domainState();
    await expect(createWebsiteKey(actor, website._id, { name: "forever" })).rejects.toMatchObject({
      code: "INVALID",
      message: expect.stringContaining(shown),
    });
    await expect(
      createWebsiteKey(actor, website._id, { name: "later", expiresAt: inDays(30) }),
    ).rejects.toMatchObject({ code: "INVALID" });
    expect(await domainState()).toEqual(before);
    const k1 = await createWebsiteKey(actor, website._id, { name: "K1", expiresAt: inDays(3) });
    expect(k1.key.expiresAt).not.toBeNull();
    await expect(
      createWebsiteKey(await actorFor(k1.secret), website._id, { name: "K2", expiresAt: inDays(4) }),
    ).rejects.toMatchObject({ code: "INVALID", message: expect.stringContaining(k1.key.expiresAt ?? "") });
  });

  it("an expired key is refused like an expired token, and its expiry is audited once", async () => {
    const { owner, website } = await makeTeam();
    const parent = await makeAccountToken(owner.id, { expiresAt: inDays(7) });
    const k1 = await createWebsiteKey(await actorFor(parent.key), website._id, { expiresAt: inDays(1) });
    const at = Date.parse(k1.key.expiresAt ?? "");
    expect((await verifySecret({ raw: k1.secret, request: null, now: new Date(at - 1) })).ok).toBe(true);
    expect(await verifySecret({ raw: k1.secret, request: null, now: new Date(at) })).toEqual({
      ok: false,
      reason: "expired",
      // The refused credential, so its 401 counts in its usage (lib/usage).
      credentialId: expect.any(String),
    });
    await verifySecret({ raw: k1.secret, request: null, now: new Date(at + 1) });
    expect((await auditOf(k1.key._id)).filter((e) => e.action === "website-key.expire")).toHaveLength(1);
  });
});

describe("S79 revocation cascades", () => {
  async function family() {
    const { owner, website } = await makeTeam();
    const root = await makeAccountToken(owner.id);
    const t1 = await createAccountToken(await actorFor(root.key), {
      name: "T1",
      permissions: ["*"],
      websiteIds: [],
      expiresAt: null,
    });
    const t2 = await createAccountToken(await actorFor(t1.key), {
      name: "T2",
      permissions: ["analytics:read"],
      websiteIds: [],
      expiresAt: null,
    });
    const k1 = await createWebsiteKey(await actorFor(t1.key), website._id, { name: "K1" });
    const k2 = await createWebsiteKey(await actorFor(k1.secret), website._id, { name: "K2" });
    return { owner, website, root, t1, t2, k1, k2 };
  }

  it("S79 revoking a token revokes its children and grandchildren in the same transaction; each is refused at once", async () => {
    const { owner, website, root, t1, t2, k1, k2 } = await family();
    const preview = await previewAccountTokenRevoke(asSession(owner.id), root.token._id);
    expect(preview.map((d) => [d.kind, d._id, d.depth]).sort()).toEqual(
      [
        ["account-token", t1.token._id, 1],
        ["account-token", t2.token._id, 2],
        ["website-key", k1.key._id, 2],
        ["website-key", k2.key._id, 3],
      ].sort(),
    );
    const { alsoRevoked } = await revokeAccountToken(asSession(owner.id), root.token._id);
    expect(alsoRevoked).toHaveLength(4);
    for (const secret of [root.key, t1.key, t2.key, k1.secret, k2.secret])
      expect(await verifyReason(secret)).toBe("revoked");
    const [event] = (await auditOf(k2.key._id)).filter((e) => e.action === "website-key.revoke");
    expect(event?.metadata).toMatchObject({ cascadeFrom: { kind: "account-token", _id: root.token._id } });
    // The activity log shows why: the revoke of K2 came from the root's.
    const activity = await listWebsiteActivity(asSession(owner.id), website._id, {
      action: "website-key.revoke",
    });
    expect(activity.items.find((item) => item.target._id === k2.key._id)?.lineage).toEqual({
      parentId: null,
      cause: "parent revoked",
      cascadeFrom: root.token._id,
    });
    expect(await listAccountTokens(asSession(owner.id))).toEqual([]);
  });

  it("S79 revoking a key revokes the keys minted from it, not its parent or siblings", async () => {
    const { owner, website, t1, k1, k2 } = await family();
    const sibling = await makeWebsiteKey(website._id, owner.id);
    await revokeWebsiteKey(asSession(owner.id), { websiteId: website._id, keyId: k1.key._id });
    expect(await verifyReason(k2.secret)).toBe("revoked");
    expect(await verifyReason(t1.key)).toBe("ok");
    expect(await verifyReason(sibling.secret)).toBe("ok");
  });

  it("S79 a child minted while its parent is revoked is refused, or revoked with it: no live orphan", async () => {
    const { owner, website } = await makeTeam();
    const root = await makeAccountToken(owner.id);
    const actor = await actorFor(root.key);
    const mint = (i: number) =>
      i % 2 === 0
        ? createAccountToken(actor, { name: `c${i}`, permissions: ["*"], websiteIds: [], expiresAt: null })
        : createWebsiteKey(actor, website._id, { name: `k${i}` });
    await Promise.allSettled<unknown>([
      ...[0, 1, 2, 3].map(mint),
      revokeAccountToken(asSession(owner.id), root.token._id),
    ]);
    expect(await db().accountToken.count({ where: { parentTokenId: root.token._id, revokedAt: null } })).toBe(
      0,
    );
    expect(await db().websiteKey.count({ where: { parentTokenId: root.token._id, revokedAt: null } })).toBe(
      0,
    );
  });

  it("deleting an account ends the keys its tokens minted and flags the keys it made", async () => {
    const { owner, member, website } = await makeTeam();
    const user = await makeUser();
    await addMember(website._id, user.id, "member");
    const token = await makeAccountToken(user.id);
    const minted = await createWebsiteKey(await actorFor(token.key), website._id, { name: "by token" });
    const made = await makeWebsiteKey(website._id, user.id, "by session");
    await deleteAccount(asSession(user.id), { confirmEmail: user.email, password: TEST_PASSWORD });
    expect(await verifyReason(minted.secret)).toBe("revoked");
    expect(await verifyReason(made.secret)).toBe("ok");
    const flagged = await listFlaggedKeys(asSession(owner.id), website._id);
    expect(flagged.map((key) => [key._id, key.createdBy])).toEqual([[made.key._id, null]]);
    expect(member).toBeDefined();
  });
});

describe("S80 a key manages only itself and the keys it minted", () => {
  it("S80 a 'snippet' key can't roll, revoke or rename the production key: 403, the sibling unchanged", async () => {
    const { owner, website } = await makeTeam();
    const production = await makeWebsiteKey(website._id, owner.id, "production");
    const snippet = await makeWebsiteKey(website._id, owner.id, "snippet");
    const actor = await actorFor(snippet.secret);
    const ids = { websiteId: website._id, keyId: production.key._id };
    const before = await domainState();
    await expect(rollWebsiteKey(actor, { ...ids, grace: "none" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(revokeWebsiteKey(actor, ids)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(renameWebsiteKey(actor, ids, { name: "mine" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(rollWebsiteKeyLineage(actor, ids)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await domainState()).toEqual(before);
    expect(await verifyReason(production.secret)).toBe("ok");
  });

  it("S80 a key rolls, renames and revokes itself and what it minted, transitively", async () => {
    const { owner, website } = await makeTeam();
    const k1 = await makeWebsiteKey(website._id, owner.id);
    const actor = await actorFor(k1.secret);
    const k2 = await createWebsiteKey(actor, website._id, { name: "K2" });
    const k3 = await createWebsiteKey(await actorFor(k2.secret), website._id, { name: "K3" });
    const renamed = await renameWebsiteKey(
      actor,
      { websiteId: website._id, keyId: k3.key._id },
      { name: "deep" },
    );
    expect(renamed.name).toBe("deep");
    expect((await auditOf(k3.key._id)).at(-1)).toMatchObject({
      action: "website-key.rename",
      metadata: { before: { name: "K3" }, after: { name: "deep" } },
    });
    await rollWebsiteKey(actor, { websiteId: website._id, keyId: k3.key._id, grace: "none" });
    await revokeWebsiteKey(actor, { websiteId: website._id, keyId: k2.key._id });
    expect(await verifyReason(k2.secret)).toBe("revoked");
    // A child never manages its parent.
    const k4 = await createWebsiteKey(actor, website._id, { name: "K4" });
    await expect(
      revokeWebsiteKey(await actorFor(k4.secret), { websiteId: website._id, keyId: k1.key._id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("a token acts on keys only with a key's power: api-keys:write alone can't create, roll or revoke one", async () => {
    const { owner, website } = await makeTeam();
    const key = await makeWebsiteKey(website._id, owner.id);
    const narrow = await actorFor(
      (await makeAccountToken(owner.id, { permissions: ["api-keys:read", "api-keys:write"] })).key,
    );
    const ids = { websiteId: website._id, keyId: key.key._id };
    const before = await domainState();
    await expect(createWebsiteKey(narrow, website._id, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(rollWebsiteKey(narrow, { ...ids, grace: "none" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(revokeWebsiteKey(narrow, ids)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await domainState()).toEqual(before);
    await expect(listWebsiteKeys(narrow, website._id)).resolves.toHaveLength(1);
  });
});

describe("S81 a token revokes only tokens within its bounds", () => {
  it("S81 a token with api-keys:write on one website can't revoke its person's wider token: 403, unchanged", async () => {
    const { owner, website } = await makeTeam();
    const wide = await makeAccountToken(owner.id, { permissions: ["*"] });
    const narrow = await makeAccountToken(owner.id, {
      permissions: ["api-keys:write"],
      websiteIds: [website._id],
    });
    const before = await domainState();
    await expect(revokeAccountToken(await actorFor(narrow.key), wide.token._id)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await domainState()).toEqual(before);
    expect(await verifyReason(wide.key)).toBe("ok");
  });

  it("S81 …but it revokes itself, what it minted, and tokens it covers", async () => {
    const { owner, website } = await makeTeam();
    const narrow = await makeAccountToken(owner.id, {
      permissions: ["api-keys:write", "analytics:read"],
      websiteIds: [website._id],
    });
    const actor = await actorFor(narrow.key);
    const covered = await makeAccountToken(owner.id, {
      permissions: ["analytics:read", "api-keys:read"],
      websiteIds: [website._id],
    });
    const minted = await createAccountToken(actor, {
      name: "minted",
      permissions: ["analytics:read"],
      websiteIds: [website._id],
      expiresAt: null,
    });
    await revokeAccountToken(actor, covered.token._id);
    await revokeAccountToken(actor, minted.token._id);
    await revokeAccountToken(actor, narrow.token._id);
    for (const secret of [covered.key, minted.key, narrow.key])
      expect(await verifyReason(secret)).toBe("revoked");
  });
});

describe("S82 keys follow their person's role", () => {
  it("S82 a member who made a key is demoted to viewer: the key's writes are 403 from the next request, reads 200", async () => {
    const { owner, member, website } = await makeTeam();
    const key = await makeWebsiteKey(website._id, member.id);
    const child = await createWebsiteKey(await actorFor(key.secret), website._id, { name: "child" });
    // Verified before the demotion: a write re-reads the role under lock.
    const early = await actorFor(key.secret);
    const demoted = await changeMemberRole(asSession(owner.id), {
      websiteId: website._id,
      userId: member.id,
      role: "viewer",
    });
    expect(demoted.keysToRoll.map((k) => k._id).sort()).toEqual([key.key._id, child.key._id].sort());
    for (const actor of [early, await actorFor(key.secret), await actorFor(child.secret)]) {
      await expect(createWebsiteKey(actor, website._id, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(updateWebsite(actor, website._id, { name: "x" })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    const now = await actorFor(key.secret);
    await expect(listWebsiteKeys(now, website._id)).resolves.toHaveLength(2);
    await expect(getWebsite(now, website._id)).resolves.toMatchObject({ role: "viewer" });
    expect((await keyRow(key.key._id)).flaggedAt).not.toBeNull();
    // Promoted back: the key writes again (its power follows the role as it is now).
    await changeMemberRole(asSession(owner.id), {
      websiteId: website._id,
      userId: member.id,
      role: "member",
    });
    await expect(
      updateWebsite(await actorFor(key.secret), website._id, { name: "y" }),
    ).resolves.toBeDefined();
  });

  it("S82 a demotion with revokeKeys ends the person's keys at once; leaving flags them", async () => {
    const { owner, member, viewer, website } = await makeTeam();
    const key = await makeWebsiteKey(website._id, member.id);
    const result = await changeMemberRole(asSession(owner.id), {
      websiteId: website._id,
      userId: member.id,
      role: "viewer",
      revokeKeys: true,
    });
    expect(result.revokedKeys.map((k) => k._id)).toEqual([key.key._id]);
    expect(await verifyReason(key.secret)).toBe("revoked");
    await changeMemberRole(asSession(owner.id), {
      websiteId: website._id,
      userId: viewer.id,
      role: "member",
    });
    const viewerKey = await makeWebsiteKey(website._id, viewer.id);
    await leaveWebsite(asSession(viewer.id), website._id);
    expect((await keyRow(viewerKey.key._id)).flaggedAt).not.toBeNull();
    expect(await verifyReason(viewerKey.secret)).toBe("ok");
  });

  it("removing with revokeKeys revokes the lineage in the same transaction; only owners revoke or roll all", async () => {
    const { owner, member, viewer, website } = await makeTeam();
    const k1 = await makeWebsiteKey(website._id, member.id);
    const k2 = await createWebsiteKey(await actorFor(k1.secret), website._id, { name: "K2" });
    const memberKey = await makeWebsiteKey(website._id, owner.id);
    const before = await domainState();
    for (const actor of [asSession(member.id), asSession(viewer.id), await actorFor(memberKey.secret)]) {
      await expect(
        revokePersonKeys(actor, { websiteId: website._id, userId: member.id }),
      ).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(
        rollPersonKeys(actor, { websiteId: website._id, userId: member.id }),
      ).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    expect(await domainState()).toEqual(before);
    const rolled = await rollPersonKeys(asSession(owner.id), { websiteId: website._id, userId: member.id });
    expect(rolled).toHaveLength(2);
    expect(await verifyReason(k2.secret)).toBe("unknown");
    const offboarding = await removeMember(asSession(owner.id), {
      websiteId: website._id,
      userId: member.id,
      revokeKeys: true,
    });
    expect(offboarding.keysToRoll).toEqual([]);
    expect(offboarding.revokedKeys.map((k) => k._id).sort()).toEqual([k1.key._id, k2.key._id].sort());
    for (const { secret } of rolled) expect(await verifyReason(secret)).toBe("revoked");
  });
});

describe("S83 edit: validated as creation, by the person only", () => {
  it("S83 widening a token beyond the person's role on an allow-listed website: 400 naming website and permission; nothing changed", async () => {
    const { viewer, website } = await makeTeam();
    const made = await makeAccountToken(viewer.id, {
      permissions: ["analytics:read"],
      websiteIds: [website._id],
    });
    const before = await domainState();
    const edit = editAccountTokenSchema.parse({ permissions: ["analytics:read", "goals:write"] });
    await expect(editAccountToken(asSession(viewer.id), made.token._id, edit)).rejects.toMatchObject({
      code: "INVALID",
      message: expect.stringMatching(new RegExp(`${website.domain}.*goals:write`)),
    });
    expect(await domainState()).toEqual(before);
  });

  it("S83 a token can't edit any token, itself included: only the signed-in person can", async () => {
    const person = await makePerson();
    const made = await makeAccountToken(person.id, { permissions: ["*"] });
    const before = await domainState();
    await expect(
      editAccountToken(await actorFor(made.key), made.token._id, { expiresAt: null, name: "mine" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      regenerateAccountToken(await actorFor(made.key), made.token._id, { expiry: "90d" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await domainState()).toEqual(before);
  });

  it("an edit is audited with before and after; narrowing clamps tokens minted from it and revokes keys beyond it", async () => {
    const { owner, website } = await makeTeam();
    const parent = await makeAccountToken(owner.id, { name: "parent" });
    const child = await createAccountToken(await actorFor(parent.key), {
      name: "child",
      permissions: ["*"],
      websiteIds: [],
      expiresAt: null,
    });
    const key = await createWebsiteKey(await actorFor(parent.key), website._id, { name: "K" });
    const expiry = { date: "2030-03-01", timeZone: "America/Los_Angeles" };
    const { token, clamped, revoked } = await editAccountToken(
      asSession(owner.id),
      parent.token._id,
      editAccountTokenSchema.parse({ name: "narrow", permissions: ["analytics:read"], expiry }),
    );
    expect(token).toMatchObject({
      name: "narrow",
      permissions: ["analytics:read"],
      expiresAt: "2030-03-02T07:59:59.999Z",
    });
    expect(clamped).toEqual([{ kind: "account-token", _id: child.token._id }]);
    expect(revoked.map((r) => r._id)).toEqual([key.key._id]);
    expect(await verifyReason(key.secret)).toBe("revoked");
    const [childNow] = (await listAccountTokens(asSession(owner.id))).filter(
      (t) => t._id === child.token._id,
    );
    expect(childNow).toMatchObject({
      permissions: ["analytics:read"],
      expiresAt: "2030-03-02T07:59:59.999Z",
    });
    const update = (await auditOf(parent.token._id)).find((e) => e.action === "token.update");
    expect(update?.metadata).toMatchObject({
      before: { name: "parent", permissions: ["*"], websiteIds: [], expiresAt: null },
      after: { name: "narrow", permissions: ["analytics:read"], expiresAt: "2030-03-02T07:59:59.999Z" },
    });
    expect((await auditOf(child.token._id)).find((e) => e.action === "token.update")?.metadata).toMatchObject(
      {
        cause: "parent narrowed",
      },
    );
  });

  it("a token minted by a token can't be edited beyond it: wider 403, later expiry 400; nothing changed", async () => {
    const person = await makePerson();
    const parent = await makeAccountToken(person.id, {
      permissions: ["analytics:read", "api-keys:write"],
      expiresAt: inDays(7),
    });
    const child = await createAccountToken(await actorFor(parent.key), {
      name: "child",
      permissions: ["analytics:read"],
      websiteIds: [],
      expiresAt: inDays(2),
    });
    const before = await domainState();
    await expect(
      editAccountToken(asSession(person.id), child.token._id, { permissions: ["*"] }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      editAccountToken(asSession(person.id), child.token._id, { expiresAt: null }),
    ).rejects.toMatchObject({
      code: "INVALID",
      message: expect.stringContaining(parent.token.expiresAt ?? ""),
    });
    await expect(
      editAccountToken(asSession(person.id), child.token._id, { expiresAt: inDays(30) }),
    ).rejects.toMatchObject({ code: "INVALID" });
    expect(await domainState()).toEqual(before);
  });

  it("bad inputs change nothing: another person's token, an expired token, an emptied allow-list", async () => {
    const { owner, member, website } = await makeTeam();
    const mine = await makeAccountToken(owner.id);
    const theirs = await makeAccountToken(member.id, {
      websiteIds: [website._id],
      permissions: ["analytics:read"],
    });
    const before = await domainState();
    // Thunks, run one at a time: each attempt starts only when the previous one is settled.
    for (const attempt of [
      () => editAccountToken(asSession(owner.id), theirs.token._id, { name: "taken" }),
      () => regenerateAccountToken(asSession(owner.id), theirs.token._id, { expiry: "7d" }),
      () => previewAccountTokenRevoke(asSession(owner.id), theirs.token._id),
      () => rollAccountTokenLineage(asSession(owner.id), theirs.token._id),
      () => revokeAccountToken(asSession(owner.id), theirs.token._id),
    ])
      await expect(attempt()).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      renameWebsiteKey(asSession(owner.id), { websiteId: website._id, keyId: mine.token._id }, { name: "x" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await domainState()).toEqual(before);
    // The member leaves: their allow-list is emptied, and an edit never reads it as "all websites".
    await leaveWebsite(asSession(member.id), website._id);
    const emptied = await domainState();
    await expect(
      editAccountToken(asSession(member.id), theirs.token._id, { name: "x" }),
    ).rejects.toMatchObject({
      code: "INVALID",
    });
    expect(await domainState()).toEqual(emptied);
    await db().accountToken.update({
      where: { id: mine.token._id },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    await expect(editAccountToken(asSession(owner.id), mine.token._id, { name: "x" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});

describe("S84 expiry at the end of the chosen day", () => {
  it("S84 a token expiring on a calendar day works until the end of that day in the chosen timezone, not one ms after", async () => {
    const person = await makePerson();
    const input = createAccountTokenSchema.parse({
      name: "until March",
      expiry: { date: "2030-03-01", timeZone: "America/Los_Angeles" },
    });
    const { token, key } = await createAccountToken(asSession(person.id), input);
    // 1 March 2030 ends at midnight Los Angeles time (UTC−8): 08:00 UTC on 2 March. The stored
    // instant is the day's last millisecond (so it reads as 1 March) and, as every expiry (S40),
    // the first one refused.
    expect(token.expiresAt).toBe("2030-03-02T07:59:59.999Z");
    const end = Date.parse(token.expiresAt ?? "");
    expect(
      (await verifySecret({ raw: key, request: null, now: new Date(Date.parse("2030-03-01T08:00:00.000Z")) }))
        .ok,
    ).toBe(true);
    expect((await verifySecret({ raw: key, request: null, now: new Date(end - 999) })).ok).toBe(true);
    expect((await verifySecret({ raw: key, request: null, now: new Date(end - 1) })).ok).toBe(true);
    for (const after of [end, end + 1, Date.parse("2030-03-02T08:00:00.000Z")])
      expect(await verifySecret({ raw: key, request: null, now: new Date(after) })).toEqual({
        ok: false,
        reason: "expired",
        // The refused credential, so its 401 counts in its usage (lib/usage).
        credentialId: expect.any(String),
      });
  });

  it("S84 the same day elsewhere ends at that place's midnight; today or an unknown timezone is refused", () => {
    const at = (timeZone: string) =>
      createAccountTokenSchema
        .parse({ name: "x", expiry: { date: "2030-03-01", timeZone } })
        .expiresAt?.toISOString();
    expect(at("UTC")).toBe("2030-03-01T23:59:59.999Z");
    expect(at("Europe/Paris")).toBe("2030-03-01T22:59:59.999Z");
    expect(at("Pacific/Kiritimati")).toBe("2030-03-01T09:59:59.999Z");
    const today = new Date().toISOString().slice(0, 10);
    for (const expiry of [
      { date: today, timeZone: "UTC" },
      { date: "2030-03-01", timeZone: "Mars/Olympus_Mons" },
      { date: "2030-03-01", timeZone: "" },
      { date: "2030-03-01", timeZone: "../../etc" },
    ])
      expect(createAccountTokenSchema.safeParse({ name: "x", expiry }).success, JSON.stringify(expiry)).toBe(
        false,
      );
  });
});

describe("S85 regenerate", () => {
  it("S85 regenerating an expired token: a new secret, a new expiry, the old secret 401; audited", async () => {
    const person = await makePerson();
    const made = await makeAccountToken(person.id, { expiresAt: inDays(1) });
    await db().accountToken.update({
      where: { id: made.token._id },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    expect(await verifyReason(made.key)).toBe("expired");
    const { token, key } = await regenerateAccountToken(asSession(person.id), made.token._id, {
      expiry: { date: "2030-03-01", timeZone: "America/Los_Angeles" },
    });
    expect(token).toMatchObject({ _id: made.token._id, expiresAt: "2030-03-02T07:59:59.999Z" });
    expect(token.displayKey).not.toBe(made.token.displayKey);
    expect(await verifyReason(key)).toBe("ok");
    expect(await verifyReason(made.key)).toBe("unknown");
    const event = (await auditOf(made.token._id)).find((e) => e.action === "token.regenerate");
    expect(event?.metadata).toMatchObject({
      previousDisplayKey: made.token.displayKey,
      displayKey: token.displayKey,
      expiresAt: "2030-03-02T07:59:59.999Z",
    });
    expect(JSON.stringify(event)).not.toContain(key);
  });

  it("S85 a regenerated parent's children keep their expiry; a child can't be regenerated past its parent", async () => {
    const person = await makePerson();
    const parent = await makeAccountToken(person.id, { expiresAt: inDays(7) });
    const child = await createAccountToken(await actorFor(parent.key), {
      name: "child",
      permissions: ["*"],
      websiteIds: [],
      expiresAt: inDays(5),
    });
    await regenerateAccountToken(asSession(person.id), parent.token._id, { expiry: "90d" });
    const [childNow] = (await listAccountTokens(asSession(person.id))).filter(
      (t) => t._id === child.token._id,
    );
    expect(childNow?.expiresAt).toBe(child.token.expiresAt);
    const before = await domainState();
    await expect(
      regenerateAccountToken(asSession(person.id), child.token._id, { expiry: "never" }),
    ).rejects.toMatchObject({ code: "INVALID" });
    expect(await domainState()).toEqual(before);
    await expect(
      regenerateAccountToken(asSession(person.id), child.token._id, { expiry: "30d" }),
    ).resolves.toMatchObject({ token: { parentId: parent.token._id } });
  });
});

describe("roll all for a token's lineage", () => {
  it("rolls the token, its tokens and its keys without grace; a token may roll only its own lineage", async () => {
    const { owner, website } = await makeTeam();
    const root = await makeAccountToken(owner.id);
    const child = await createAccountToken(await actorFor(root.key), {
      name: "child",
      permissions: ["*"],
      websiteIds: [],
      expiresAt: null,
    });
    const key = await createWebsiteKey(await actorFor(child.key), website._id, { name: "K" });
    const other = await makeAccountToken(owner.id);
    await expect(rollAccountTokenLineage(await actorFor(child.key), root.token._id)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const { tokens, keys } = await rollAccountTokenLineage(asSession(owner.id), root.token._id);
    expect(tokens.map((t) => t.token._id)).toEqual([root.token._id, child.token._id]);
    expect(keys.map((k) => k.key._id)).toEqual([key.key._id]);
    for (const secret of [root.key, child.key, key.secret])
      expect(await verifyReason(secret)).toBe("unknown");
    for (const secret of [...tokens.map((t) => t.key), ...keys.map((k) => k.secret)])
      expect(await verifyReason(secret)).toBe("ok");
    expect(await verifyReason(other.key)).toBe("ok");
    expect(await makeWebsite(owner.id)).toBeDefined();
  });
});
