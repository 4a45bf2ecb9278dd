import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifySecret } from "@/lib/credentials/verify";
import { db } from "@/lib/db";
import { actorFor, asSession, domainState, makeAccountToken, makePerson, makeTeam } from "@/test/factories";
import { expireAccountTokenPreviousSecret } from "./expire-previous-secret";
import {
  TOKEN_EXPIRE_WIDER_MESSAGE,
  TOKEN_NO_GRACE_MESSAGE,
  TOKEN_NOT_FOUND_MESSAGE,
  TOKEN_REVOKED_GRACE_MESSAGE,
} from "./messages";
import { revokeAccountToken } from "./revoke-account-token";
import { rollAccountToken } from "./roll-account-token";

// Issue 17, point 6: "Expire old secret now" while a roll's grace period runs.

/** A token rolled with a grace period: its old and new secrets both work. */
async function rolledWithGrace(userId: string, permissions: Parameters<typeof makeAccountToken>[1] = {}) {
  const made = await makeAccountToken(userId, permissions);
  const rolled = await rollAccountToken(asSession(userId), { tokenId: made.token._id, grace: "7d" });
  expect((await verifySecret({ raw: made.key, request: null })).ok).toBe(true);
  return { tokenId: made.token._id, old: made.key, current: rolled.key };
}

const tokenRow = (id: string) => db().accountToken.findUniqueOrThrow({ where: { id } });

describe("expireAccountTokenPreviousSecret", () => {
  it("S41 expire the old secret now: refused on the very next request, the new one keeps working; audited once", async () => {
    const person = await makePerson();
    const { tokenId, old, current } = await rolledWithGrace(person.id);
    const before = await tokenRow(tokenId);

    const token = await expireAccountTokenPreviousSecret(asSession(person.id), tokenId);

    // The old digest is gone from the row every instance reads: no memory of any process is involved.
    expect(await verifySecret({ raw: old, request: null })).toEqual({ ok: false, reason: "unknown" });
    expect((await verifySecret({ raw: current, request: null })).ok).toBe(true);
    expect(await tokenRow(tokenId)).toMatchObject({
      previousDigest: null,
      previousExpiresAt: null,
      digest: before.digest,
      revokedAt: null,
    });
    expect(token).toMatchObject({ _id: tokenId, displayKey: before.displayKey, previousExpiresAt: null });

    const events = await db().auditEvent.findMany({ where: { targetId: tokenId } });
    const ended = events.filter((e) => e.action === "token.expire-previous");
    expect(ended).toHaveLength(1);
    expect(ended[0]).toMatchObject({
      websiteId: null,
      actorUserId: person.id,
      metadata: { displayKey: before.displayKey, previousExpiresAt: before.previousExpiresAt?.toISOString() },
    });
    expect(JSON.stringify(events)).not.toContain(old);
    expect(JSON.stringify(events)).not.toContain(current);
  });

  it("S41 a token ends its own old secret over its new one", async () => {
    const person = await makePerson();
    const { tokenId, old, current } = await rolledWithGrace(person.id);
    await expireAccountTokenPreviousSecret(await actorFor(current), tokenId);
    expect((await verifySecret({ raw: old, request: null })).ok).toBe(false);
    expect((await verifySecret({ raw: current, request: null })).ok).toBe(true);
  });

  it("refused without the right: a token without api-keys:write, a narrower token on a wider one (403); nothing changed", async () => {
    const { owner, website } = await makeTeam();
    const { tokenId, old } = await rolledWithGrace(owner.id);
    const readOnly = await makeAccountToken(owner.id, { permissions: ["api-keys:read"] });
    const narrower = await makeAccountToken(owner.id, {
      permissions: ["api-keys:read", "api-keys:write"],
      websiteIds: [website._id],
    });
    const before = await domainState();
    for (const secret of [readOnly.key, narrower.key]) {
      await expect(expireAccountTokenPreviousSecret(await actorFor(secret), tokenId)).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    await expect(
      expireAccountTokenPreviousSecret(await actorFor(narrower.key), tokenId),
    ).rejects.toMatchObject({
      message: TOKEN_EXPIRE_WIDER_MESSAGE,
    });
    expect(await domainState()).toEqual(before);
    expect((await verifySecret({ raw: old, request: null })).ok).toBe(true);
  });

  it("S27 someone else's token, a malformed id and an unknown id are 'not found'; nothing changed", async () => {
    const [person, stranger] = await Promise.all([makePerson(), makePerson()]);
    const { tokenId, old } = await rolledWithGrace(person.id);
    const before = await domainState();
    for (const id of [tokenId, "not-a-uuid", randomUUID()]) {
      await expect(expireAccountTokenPreviousSecret(asSession(stranger.id), id)).rejects.toMatchObject({
        code: "NOT_FOUND",
        message: TOKEN_NOT_FOUND_MESSAGE,
      });
    }
    expect(await domainState()).toEqual(before);
    expect((await verifySecret({ raw: old, request: null })).ok).toBe(true);
  });

  it("without a running grace period (never rolled, rolled without grace, grace over, already ended) it is a conflict; nothing changed", async () => {
    const person = await makePerson();
    const actor = asSession(person.id);
    const neverRolled = await makeAccountToken(person.id);
    const noGrace = await makeAccountToken(person.id);
    await rollAccountToken(actor, { tokenId: noGrace.token._id, grace: "none" });
    const over = await rolledWithGrace(person.id);
    await db().accountToken.update({
      where: { id: over.tokenId },
      data: { previousExpiresAt: new Date(Date.now() - 1) },
    });
    const ended = await rolledWithGrace(person.id);
    await expireAccountTokenPreviousSecret(actor, ended.tokenId);

    const before = await domainState();
    for (const tokenId of [neverRolled.token._id, noGrace.token._id, over.tokenId, ended.tokenId]) {
      await expect(expireAccountTokenPreviousSecret(actor, tokenId)).rejects.toMatchObject({
        code: "CONFLICT",
        message: TOKEN_NO_GRACE_MESSAGE,
      });
    }
    expect(await domainState()).toEqual(before);
    const events = await db().auditEvent.count({
      where: { action: "token.expire-previous", targetId: ended.tokenId },
    });
    expect(events).toBe(1);
  });

  it("S42 an already revoked token is a conflict that says so; nothing changed", async () => {
    const person = await makePerson();
    const { tokenId } = await rolledWithGrace(person.id);
    await revokeAccountToken(asSession(person.id), tokenId);
    const before = await domainState();
    await expect(expireAccountTokenPreviousSecret(asSession(person.id), tokenId)).rejects.toMatchObject({
      code: "CONFLICT",
      message: TOKEN_REVOKED_GRACE_MESSAGE,
    });
    expect(await domainState()).toEqual(before);
  });
});
