import { describe, expect, it } from "vitest";
import * as accountRoute from "@/app/api/v1/admin/account/route";
import * as allowedIpsRoute from "@/app/api/v1/admin/websites/[websiteId]/apikeys/[keyId]/allowed-ips/route";
import * as websiteRoute from "@/app/api/v1/admin/websites/[websiteId]/route";
import { editAccountToken } from "@/lib/account-tokens/edit-account-token";
import { db } from "@/lib/db";
import { asSession, makeAccountToken, makeTeam, makeWebsiteKey } from "@/test/factories";
import { call } from "@/test/http";

async function keyWithList(allowedIps: string[]) {
  const { owner, website } = await makeTeam();
  const { key: dto, secret } = await makeWebsiteKey(website._id, owner.id);
  const key = { _id: dto._id, key: secret };
  const reply = await call(allowedIpsRoute.PUT, {
    method: "PUT",
    path: `/api/v1/admin/websites/${website._id}/apikeys/${key._id}/allowed-ips`,
    secret: (await makeAccountToken(owner.id)).key,
    params: { websiteId: website._id, keyId: key._id },
    body: { allowedIps },
  });
  return { website, key, reply };
}

function getWebsite(websiteId: string, secret: string, ip: string) {
  return call(websiteRoute.GET, {
    path: `/api/v1/admin/websites/${websiteId}`,
    secret,
    params: { websiteId },
    headers: { "x-forwarded-for": ip },
  });
}

describe("IP allow-lists (issue 20 point 5)", () => {
  it("a key set over REST answers from its ranges only, 403 naming the list elsewhere, audited", async () => {
    const { website, key, reply } = await keyWithList(["203.0.113.0/24", "2001:db8::/32"]);
    expect(reply.status).toBe(200);
    expect(reply.json.data?.[0]).toMatchObject({ allowedIps: ["203.0.113.0/24", "2001:db8::/32"] });

    expect((await getWebsite(website._id, key.key, "203.0.113.50")).status).toBe(200);
    expect((await getWebsite(website._id, key.key, "2001:db8:1::7")).status).toBe(200);
    const refused = await getWebsite(website._id, key.key, "198.51.100.9");
    expect(refused.status).toBe(403);
    expect(refused.json.error?.message).toBe(
      "This API key may only be used from its IP allow-list (203.0.113.0/24, 2001:db8::/32); the request came from 198.51.100.9.",
    );
    const audit = await db().auditEvent.findMany({
      where: { action: { in: ["access.denied", "website-key.update"] }, websiteId: website._id },
    });
    expect(audit.map((event) => event.action).sort()).toEqual(["access.denied", "website-key.update"]);
  });

  it("S99 the last X-Forwarded-For entry (the socket's, or what the trusted proxy saw) counts, not one a client prepends", async () => {
    const { website, key } = await keyWithList(["203.0.113.0/24"]);
    expect((await getWebsite(website._id, key.key, "203.0.113.5, 198.51.100.9")).status).toBe(403);
    expect((await getWebsite(website._id, key.key, "198.51.100.9, 203.0.113.5")).status).toBe(200);
  });

  it("S99 an IPv4-mapped IPv6 socket address matches the IPv4 rule, and only it", async () => {
    const { website, key } = await keyWithList(["::ffff:203.0.113.0/120"]);
    const stored = await db().websiteKey.findUniqueOrThrow({ where: { id: key._id } });
    expect(stored.allowedIps).toEqual(["203.0.113.0/24"]);
    expect((await getWebsite(website._id, key.key, "::ffff:203.0.113.8")).status).toBe(200);
    expect((await getWebsite(website._id, key.key, "::ffff:198.51.100.8")).status).toBe(403);
  });

  it("S99 over the entry limit or a malformed entry is a 400, and nothing changes", async () => {
    const tooMany = Array.from({ length: 21 }, (_, i) => `10.0.${i}.0/24`);
    const { key, reply } = await keyWithList(tooMany);
    expect(reply.status).toBe(400);
    expect(reply.json.error?.message).toMatch(/at most 20/);
    const malformed = await keyWithList(["10.0.0.0/33"]);
    expect(malformed.reply.status).toBe(400);
    for (const id of [key._id, malformed.key._id])
      expect((await db().websiteKey.findUniqueOrThrow({ where: { id } })).allowedIps).toEqual([]);
  });

  it("a viewer may not set a key's list (api-keys.write, as any key management)", async () => {
    const { owner, viewer, website } = await makeTeam();
    const { key } = await makeWebsiteKey(website._id, owner.id);
    const reply = await call(allowedIpsRoute.PUT, {
      method: "PUT",
      path: `/api/v1/admin/websites/${website._id}/apikeys/${key._id}/allowed-ips`,
      secret: (await makeAccountToken(viewer.id)).key,
      params: { websiteId: website._id, keyId: key._id },
      body: { allowedIps: ["10.0.0.0/8"] },
    });
    expect(reply.status).toBe(403);
    expect((await db().websiteKey.findUniqueOrThrow({ where: { id: key._id } })).allowedIps).toEqual([]);
  });

  it("a token's list is set with its edit (session only) and enforced on every route", async () => {
    const { owner } = await makeTeam();
    const { token, key: secret } = await makeAccountToken(owner.id);
    const { token: edited } = await editAccountToken(asSession(owner.id), token._id, {
      allowedIps: ["198.51.100.0/24"],
    });
    expect(edited.allowedIps).toEqual(["198.51.100.0/24"]);
    const from = (ip: string) =>
      call(accountRoute.GET, { path: "/api/v1/admin/account", secret, headers: { "x-forwarded-for": ip } });
    expect((await from("198.51.100.20")).status).toBe(200);
    expect((await from("203.0.113.20")).status).toBe(403);
    await editAccountToken(asSession(owner.id), token._id, { allowedIps: [] });
    expect((await from("203.0.113.20")).status).toBe(200);
  });
});
