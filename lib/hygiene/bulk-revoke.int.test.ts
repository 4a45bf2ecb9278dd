import { describe, expect, it } from "vitest";
import { verifySecret } from "@/lib/credentials/verify";
import { db } from "@/lib/db";
import { actorFor, asSession, makeAccountToken, makeTeam, makeWebsiteKey } from "@/test/factories";
import { revokeAccountTokens, revokeWebsiteKeys } from "./bulk-revoke";

// Issue 20 point 3: bulk revoke, each credential through its own domain revoke.

describe("bulk revoke", () => {
  it("revokes each of the person's tokens (with their descendants, audited); another person's is refused, the others done", async () => {
    const { owner, outsider } = await makeTeam();
    const first = await makeAccountToken(owner.id);
    const second = await makeAccountToken(owner.id);
    const foreign = await makeAccountToken(outsider.id);
    const results = await revokeAccountTokens(asSession(owner.id), [
      first.token._id,
      foreign.token._id,
      second.token._id,
    ]);
    expect(results).toEqual([
      { id: first.token._id, ok: true },
      { id: foreign.token._id, ok: false, message: "Token not found." },
      { id: second.token._id, ok: true },
    ]);
    expect((await verifySecret({ raw: first.key, request: null })).ok).toBe(false);
    expect((await verifySecret({ raw: second.key, request: null })).ok).toBe(false);
    expect((await verifySecret({ raw: foreign.key, request: null })).ok).toBe(true);
    expect(
      await db().auditEvent.count({ where: { action: "token.revoke", targetId: first.token._id } }),
    ).toBe(1);
  });

  it("a key may revoke only itself and its descendants: the others in the batch are refused, it is done", async () => {
    const { owner, website } = await makeTeam();
    const caller = await makeWebsiteKey(website._id, owner.id);
    const sibling = await makeWebsiteKey(website._id, owner.id);
    const results = await revokeWebsiteKeys(await actorFor(caller.secret), website._id, [
      sibling.key._id,
      caller.key._id,
    ]);
    expect(results[0]).toMatchObject({ id: sibling.key._id, ok: false });
    expect(results[1]).toEqual({ id: caller.key._id, ok: true });
    expect((await verifySecret({ raw: sibling.secret, request: null })).ok).toBe(true);
  });

  it("S100 keys of another website named in a bulk revoke: not found, nothing revoked there", async () => {
    const { owner, website } = await makeTeam();
    const other = await makeTeam();
    const foreignKey = await makeWebsiteKey(other.website._id, other.owner.id);
    const results = await revokeWebsiteKeys(asSession(owner.id), website._id, [foreignKey.key._id]);
    expect(results).toEqual([{ id: foreignKey.key._id, ok: false, message: "Key not found." }]);
    expect((await verifySecret({ raw: foreignKey.secret, request: null })).ok).toBe(true);
  });
});
