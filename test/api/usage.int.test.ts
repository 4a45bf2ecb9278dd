import { describe, expect, it } from "vitest";
import * as keyUsageRoute from "@/app/api/v1/admin/websites/[websiteId]/apikeys/[keyId]/usage/route";
import * as keyRoute from "@/app/api/v1/admin/websites/[websiteId]/apikeys/[keyId]/route";
import * as tokenUsageRoute from "@/app/api/v1/admin/access-tokens/[id]/usage/route";
import * as goalsRoute from "@/app/api/v1/goals/route";
import * as whoRoute from "@/app/api/v1/token/route";
import { db } from "@/lib/db";
import { getAccountTokenUsage, getWebsiteKeyUsage } from "@/lib/usage/credential-usage";
import type { CredentialUsageDto } from "@/lib/usage/dto";
import { flushUsage } from "@/lib/usage/recorder";
import { asSession, makeAccountToken, makeTeam, makeWebsite, makeWebsiteKey } from "@/test/factories";
import { call, type Reply } from "@/test/http";

// Issue 20 point 1 over HTTP: requests counted per credential by the route helper, and the usage
// endpoints with their access rules (row S100 of SECURITY-MATRIX-NEXT).

const usage = (reply: Reply) => reply.json.data?.[0] as CredentialUsageDto;
const total = (dto: CredentialUsageDto) =>
  dto.days.reduce((sum, d) => sum + d.success + d.clientError + d.serverError, 0);

/** GET …/apikeys/{keyId}/usage with `secret`. */
function keyUsage(secret: string, websiteId: string, keyId: string): Promise<Reply> {
  return call(keyUsageRoute.GET, {
    path: `/api/v1/admin/websites/${websiteId}/apikeys/${keyId}/usage`,
    secret,
    params: { websiteId, keyId },
  });
}

describe("usage over HTTP", () => {
  it("authenticated requests are counted per credential with operation, address and refusal reasons", async () => {
    const { owner, website } = await makeTeam();
    const token = await makeAccountToken(owner.id, { permissions: ["analytics:read"] });
    for (let i = 0; i < 3; i++)
      expect((await call(whoRoute.GET, { path: "/api/v1/token", secret: token.key })).status).toBe(200);
    const refused = await call(goalsRoute.GET, {
      path: `/api/v1/goals?websiteId=${website._id}`,
      secret: token.key,
      headers: { "x-forwarded-for": "198.51.100.7" },
    });
    expect(refused.status).toBe(403);
    await new Promise((resolve) => setTimeout(resolve, 20)); // the refusal's reason is read off the path
    await flushUsage();

    const dto = await getAccountTokenUsage(asSession(owner.id), token.token._id);
    expect(total(dto)).toBe(4);
    expect(dto.days).toHaveLength(30);
    expect(dto.days.at(-1)).toMatchObject({ success: 3, clientError: 1, serverError: 0 });
    expect(dto.operations).toEqual([
      { operation: "getToken", count: 3 },
      { operation: "listGoals", count: 1 },
    ]);
    expect(dto.clientIps.map((ip) => ip.ip).sort()).toEqual(["198.51.100.7", "203.0.113.10"]);
    expect(dto.refusals).toMatchObject([
      { status: 403, operation: "listGoals", ip: "198.51.100.7", reason: refused.json.error!.message },
    ]);
  });

  it("a revoked secret's 401 is counted as a refusal of that credential", async () => {
    const { owner, website } = await makeTeam();
    const key = await makeWebsiteKey(website._id, owner.id);
    await call(keyRoute.DELETE, {
      method: "DELETE",
      path: `/api/v1/admin/websites/${website._id}/apikeys/${key.key._id}`,
      secret: key.secret,
      params: { websiteId: website._id, keyId: key.key._id },
    });
    expect((await call(whoRoute.GET, { path: "/api/v1/token", secret: key.secret })).status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await flushUsage();
    const refusals = await db().credentialRefusal.findMany({ where: { credentialId: key.key._id } });
    expect(refusals).toMatchObject([
      { status: 401, operation: "getToken", reason: "This API key was revoked." },
    ]);
  });

  it("GET /admin/access-tokens/{id}/usage and …/apikeys/{keyId}/usage answer the usage with api-keys:read", async () => {
    const { owner, website } = await makeTeam();
    const key = await makeWebsiteKey(website._id, owner.id);
    const reader = await makeAccountToken(owner.id, { permissions: ["api-keys:read"] });
    await call(whoRoute.GET, { path: "/api/v1/token", secret: key.secret });
    await flushUsage();

    const keyReply = await keyUsage(reader.key, website._id, key.key._id);
    expect(keyReply.status).toBe(200);
    expect(usage(keyReply).operations).toEqual([{ operation: "getToken", count: 1 }]);

    const tokenReply = await call(tokenUsageRoute.GET, {
      path: `/api/v1/admin/access-tokens/${reader.token._id}/usage`,
      secret: reader.key,
      params: { id: reader.token._id },
    });
    expect(tokenReply.status).toBe(200);
    expect(usage(tokenReply).days).toHaveLength(30);

    const noRead = await makeAccountToken(owner.id, { permissions: ["analytics:read"] });
    const refused = await call(tokenUsageRoute.GET, {
      path: `/api/v1/admin/access-tokens/${reader.token._id}/usage`,
      secret: noRead.key,
      params: { id: reader.token._id },
    });
    expect(refused.status).toBe(403);
  });
});

describe("S100 usage views across tenants and roles", () => {
  it("S100 another person's token usage, another website's key usage, a key's usage through a foreign website → 403/404, zero foreign records", async () => {
    const { owner, outsider, viewer, website } = await makeTeam();
    const token = await makeAccountToken(owner.id);
    const key = await makeWebsiteKey(website._id, owner.id);
    await call(whoRoute.GET, { path: "/api/v1/token", secret: token.key });
    await call(whoRoute.GET, { path: "/api/v1/token", secret: key.secret });
    await flushUsage();
    const outsiderToken = await makeAccountToken(outsider.id);
    const foreignTeam = await makeTeam();
    const foreign = foreignTeam.website;

    // Another person's token: the same "not found" as a token that does not exist.
    const foreignToken = await call(tokenUsageRoute.GET, {
      path: `/api/v1/admin/access-tokens/${token.token._id}/usage`,
      secret: outsiderToken.key,
      params: { id: token.token._id },
    });
    expect(foreignToken.status).toBe(404);
    expect(foreignToken.json.data).toBeUndefined();
    await expect(getAccountTokenUsage(asSession(outsider.id), token.token._id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    // A website the caller has no role on.
    const noRole = await keyUsage(outsiderToken.key, website._id, key.key._id);
    expect(noRole.status).toBe(403);
    expect(noRole.json.data).toBeUndefined();

    // The key named under a website the caller does own: not found, nothing of the key leaks.
    await expect(
      getWebsiteKeyUsage(asSession(foreignTeam.owner.id), { websiteId: foreign._id, keyId: key.key._id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    // A key of another website naming this one: refused, a key is bound to its own website.
    const otherKey = await makeWebsiteKey(foreign._id, foreignTeam.owner.id);
    const keyAcross = await keyUsage(otherKey.secret, website._id, key.key._id);
    expect(keyAcross.status).toBe(403);
    expect(keyAcross.json.data).toBeUndefined();

    // A token of the owner confined to another of their websites.
    const other = await makeWebsite(owner.id);
    const confined = await makeAccountToken(owner.id, {
      permissions: ["api-keys:read"],
      websiteIds: [other._id],
    });
    const outside = await keyUsage(confined.key, website._id, key.key._id);
    expect(outside.status).toBe(403);

    // A viewer reads the website's key usage (api-keys:read is a read); a session of a person
    // reads only their own tokens' usage.
    expect(
      total(await getWebsiteKeyUsage(asSession(viewer.id), { websiteId: website._id, keyId: key.key._id })),
    ).toBe(1);
    await expect(getAccountTokenUsage(asSession(viewer.id), token.token._id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
