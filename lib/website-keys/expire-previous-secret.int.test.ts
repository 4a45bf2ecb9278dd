import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifySecret } from "@/lib/credentials/verify";
import { db } from "@/lib/db";
import {
  actorFor,
  asSession,
  domainState,
  makeAccountToken,
  makePerson,
  makeTeam,
  makeWebsite,
  makeWebsiteKey,
} from "@/test/factories";
import { expireWebsiteKeyPreviousSecret } from "./expire-previous-secret";
import {
  KEY_NO_GRACE_MESSAGE,
  KEY_NOT_FOUND_MESSAGE,
  KEY_OUTSIDE_LINEAGE_MESSAGE,
  KEY_REVOKED_GRACE_MESSAGE,
} from "./messages";
import { revokeWebsiteKey } from "./revoke-website-key";
import { rollWebsiteKey } from "./roll-website-key";

// Issue 17, point 6: "Expire old secret now" while a roll's grace period runs.

/** A key rolled with a grace period: its old and new secrets both work. */
async function rolledWithGrace(websiteId: string, personId: string) {
  const made = await makeWebsiteKey(websiteId, personId);
  const ids = { websiteId, keyId: made.key._id };
  const rolled = await rollWebsiteKey(asSession(personId), { ...ids, grace: "24h" });
  expect((await verifySecret({ raw: made.secret, request: null })).ok).toBe(true);
  return { ids, old: made.secret, current: rolled.secret };
}

const keyRow = (id: string) => db().websiteKey.findUniqueOrThrow({ where: { id } });

describe("expireWebsiteKeyPreviousSecret", () => {
  it("S41 expire the old secret now: refused on the very next request, the new one keeps working; audited once", async () => {
    const { member, website } = await makeTeam();
    const { ids, old, current } = await rolledWithGrace(website._id, member.id);
    const before = await keyRow(ids.keyId);

    const key = await expireWebsiteKeyPreviousSecret(asSession(member.id), ids);

    // The old digest is gone from the row every instance reads: no memory of any process is involved.
    expect(await verifySecret({ raw: old, request: null })).toEqual({ ok: false, reason: "unknown" });
    expect((await verifySecret({ raw: current, request: null })).ok).toBe(true);
    expect(await keyRow(ids.keyId)).toMatchObject({
      previousDigest: null,
      previousExpiresAt: null,
      digest: before.digest,
      revokedAt: null,
    });
    expect(key).toMatchObject({ _id: ids.keyId, displayKey: before.displayKey, previousExpiresAt: null });

    const events = await db().auditEvent.findMany({ where: { targetId: ids.keyId } });
    const ended = events.filter((e) => e.action === "website-key.expire-previous");
    expect(ended).toHaveLength(1);
    expect(ended[0]).toMatchObject({
      websiteId: website._id,
      actorUserId: member.id,
      metadata: { displayKey: before.displayKey, previousExpiresAt: before.previousExpiresAt?.toISOString() },
    });
    expect(JSON.stringify(events)).not.toContain(old);
    expect(JSON.stringify(events)).not.toContain(current);
  });

  it("S41 a key ends its own old secret over its new one (the credential that rolled it)", async () => {
    const { owner, website } = await makeTeam();
    const { ids, old, current } = await rolledWithGrace(website._id, owner.id);
    await expireWebsiteKeyPreviousSecret(await actorFor(current), ids);
    expect((await verifySecret({ raw: old, request: null })).ok).toBe(false);
    expect((await verifySecret({ raw: current, request: null })).ok).toBe(true);
  });

  it("grid O3 a viewer session, an outsider and a dft_ without api-keys:write are refused; nothing changed", async () => {
    const { owner, viewer, outsider, website } = await makeTeam();
    const { ids, old } = await rolledWithGrace(website._id, owner.id);
    const narrow = await makeAccountToken(owner.id, { permissions: ["api-keys:read"] });
    const before = await domainState();
    for (const actor of [
      asSession(viewer.id),
      asSession(outsider.id),
      await actorFor(narrow.key, undefined, website._id),
    ]) {
      await expect(expireWebsiteKeyPreviousSecret(actor, ids)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await domainState()).toEqual(before);
    expect((await verifySecret({ raw: old, request: null })).ok).toBe(true);
  });

  it("S80 a df_ key can't end the old secret of a sibling key it did not mint: 403; the sibling unchanged", async () => {
    const { owner, website } = await makeTeam();
    const sibling = await makeWebsiteKey(website._id, owner.id);
    const { ids, old } = await rolledWithGrace(website._id, owner.id);
    const before = await domainState();
    await expect(expireWebsiteKeyPreviousSecret(await actorFor(sibling.secret), ids)).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: KEY_OUTSIDE_LINEAGE_MESSAGE,
    });
    expect(await domainState()).toEqual(before);
    expect((await verifySecret({ raw: old, request: null })).ok).toBe(true);
  });

  it("S27 another website's key id and unknown ids are 'not found'; nothing changed", async () => {
    const owner = await makePerson();
    const [a, b] = [await makeWebsite(owner.id), await makeWebsite(owner.id)];
    const { ids } = await rolledWithGrace(b._id, owner.id);
    const before = await domainState();
    for (const keyId of [ids.keyId, randomUUID(), "nope"]) {
      await expect(
        expireWebsiteKeyPreviousSecret(asSession(owner.id), { websiteId: a._id, keyId }),
      ).rejects.toMatchObject({ code: "NOT_FOUND", message: KEY_NOT_FOUND_MESSAGE });
    }
    expect(await domainState()).toEqual(before);
  });

  it("without a running grace period (never rolled, rolled without grace, grace over, already ended) it is a conflict; nothing changed", async () => {
    const { owner, website } = await makeTeam();
    const actor = asSession(owner.id);
    const neverRolled = await makeWebsiteKey(website._id, owner.id);
    const noGrace = await makeWebsiteKey(website._id, owner.id);
    await rollWebsiteKey(actor, { websiteId: website._id, keyId: noGrace.key._id, grace: "none" });
    const over = await rolledWithGrace(website._id, owner.id);
    await db().websiteKey.update({
      where: { id: over.ids.keyId },
      data: { previousExpiresAt: new Date(Date.now() - 1) },
    });
    const ended = await rolledWithGrace(website._id, owner.id);
    await expireWebsiteKeyPreviousSecret(actor, ended.ids);

    const before = await domainState();
    for (const keyId of [neverRolled.key._id, noGrace.key._id, over.ids.keyId, ended.ids.keyId]) {
      await expect(
        expireWebsiteKeyPreviousSecret(actor, { websiteId: website._id, keyId }),
      ).rejects.toMatchObject({ code: "CONFLICT", message: KEY_NO_GRACE_MESSAGE });
    }
    expect(await domainState()).toEqual(before);
    const events = await db().auditEvent.count({
      where: { action: "website-key.expire-previous", targetId: ended.ids.keyId },
    });
    expect(events).toBe(1);
  });

  it("S42 an already revoked key is a conflict that says so; nothing changed", async () => {
    const { owner, website } = await makeTeam();
    const { ids } = await rolledWithGrace(website._id, owner.id);
    await revokeWebsiteKey(asSession(owner.id), ids);
    const before = await domainState();
    await expect(expireWebsiteKeyPreviousSecret(asSession(owner.id), ids)).rejects.toMatchObject({
      code: "CONFLICT",
      message: KEY_REVOKED_GRACE_MESSAGE,
    });
    expect(await domainState()).toEqual(before);
  });
});
