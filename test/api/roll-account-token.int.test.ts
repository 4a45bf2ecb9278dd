import { describe, expect, it } from "vitest";
import * as rollRoute from "@/app/api/v1/admin/access-tokens/[id]/roll/route";
import * as whoRoute from "@/app/api/v1/token/route";
import { revokeAccountToken } from "@/lib/account-tokens/revoke-account-token";
import { db } from "@/lib/db";
import { asSession, domainState, makeAccountToken, makeTeam, makeUser } from "@/test/factories";
import { call, type Reply } from "@/test/http";

// Issue 19: POST /admin/access-tokens/{id}/roll, the REST twin of the dashboard's roll action,
// with every rule of lib/account-tokens/roll-account-token.ts (each reply checked against the
// OpenAPI document by test/http.ts). S81 over this route is in test/api/lineage.int.test.ts.

type Data = Record<string, unknown> & { _id: string; key: string };
const first = (reply: Reply) => reply.json.data?.[0] as Data;

function roll(secret: string, id: string, body: Record<string, unknown> = {}) {
  return call(rollRoute.POST, {
    method: "POST",
    path: `/api/v1/admin/access-tokens/${id}/roll`,
    params: { id },
    secret,
    body,
  });
}

/** GET /token: 200 while the secret works, 401 once it does not. */
async function status(secret: string): Promise<number> {
  return (await call(whoRoute.GET, { path: "/api/v1/token", secret })).status;
}

describe("rolling an account token over REST", () => {
  it("without a grace: same token, a new secret shown once, the old secret 401 from now on, audited", async () => {
    const { owner } = await makeTeam();
    const caller = await makeAccountToken(owner.id);
    const target = await makeAccountToken(owner.id, { permissions: ["analytics:read"] });
    const reply = await roll(caller.key, target.token._id);
    expect(reply.status).toBe(200);
    const rolled = first(reply);
    expect(rolled).toMatchObject({
      _id: target.token._id,
      name: target.token.name,
      permissions: ["analytics:read"],
    });
    expect(rolled.key).toMatch(/^dft_/);
    expect(rolled.key).not.toBe(target.key);
    expect(await status(target.key)).toBe(401);
    expect(await status(rolled.key)).toBe(200);
    const audit = await db().auditEvent.findFirst({
      where: { action: "token.roll", targetId: target.token._id },
    });
    expect(audit?.metadata).toMatchObject({ grace: "none" });
  });

  it("with grace 24h the old secret keeps working beside the new one", async () => {
    const { owner } = await makeTeam();
    const target = await makeAccountToken(owner.id);
    const reply = await roll(target.key, target.token._id, { grace: "24h" });
    expect(reply.status).toBe(200);
    expect(await status(target.key)).toBe(200);
    expect(await status(first(reply).key)).toBe(200);
  });

  it("a grace outside the dashboard's choices is 400 and changes nothing", async () => {
    const { owner } = await makeTeam();
    const target = await makeAccountToken(owner.id);
    const before = await domainState();
    expect((await roll(target.key, target.token._id, { grace: "14d" })).status).toBe(400);
    expect(await domainState()).toEqual(before);
  });

  it("another person's token is 404, a read-only token 403, a revoked token 409; nothing changes", async () => {
    const { owner } = await makeTeam();
    const stranger = await makeUser();
    const theirs = await makeAccountToken(stranger.id);
    const caller = await makeAccountToken(owner.id);
    const readOnly = await makeAccountToken(owner.id, { permissions: ["api-keys:read"] });
    const revoked = await makeAccountToken(owner.id);
    await revokeAccountToken(asSession(owner.id), revoked.token._id);
    const before = await domainState();
    expect((await roll(caller.key, theirs.token._id)).status).toBe(404);
    expect((await roll(readOnly.key, caller.token._id)).status).toBe(403);
    expect((await roll(caller.key, revoked.token._id)).status).toBe(409);
    expect(await domainState()).toEqual(before);
    expect(await status(theirs.key)).toBe(200);
  });
});
