import { describe, expect, it } from "vitest";
import * as policyRoute from "@/app/api/v1/admin/websites/[websiteId]/token-policy/route";
import * as tokensRoute from "@/app/api/v1/admin/access-tokens/route";
import { editAccountToken } from "@/lib/account-tokens/edit-account-token";
import {
  regenerateAccountToken,
  regenerateAccountTokenWithinPolicy,
} from "@/lib/account-tokens/regenerate-account-token";
import { verifySecret } from "@/lib/credentials/verify";
import { db } from "@/lib/db";
import { listOwnPolicyViolations } from "@/lib/token-policy/list-own-policy-violations";
import { listPolicyViolations } from "@/lib/token-policy/list-policy-violations";
import { setTokenPolicy } from "@/lib/token-policy/token-policy";
import {
  asSession,
  makeAccountToken,
  makeTeam,
  makeWebsite,
  makeWebsiteKey,
  TEST_REQUEST,
} from "@/test/factories";
import { call } from "@/test/http";

const DAY = 24 * 60 * 60 * 1000;
const STRICT = { maxLifetimeDays: 30, mustExpire: true, allowAllWebsites: false };

function policyCall(method: "GET" | "PUT", websiteId: string, secret: string, body?: unknown) {
  return call(method === "GET" ? policyRoute.GET : policyRoute.PUT, {
    method,
    path: `/api/v1/admin/websites/${websiteId}/token-policy`,
    params: { websiteId },
    secret,
    body,
  });
}

describe("website token policy (issue 20 point 7)", () => {
  it("the owner sets it over REST; creation of a token reaching the website is validated against it", async () => {
    const { owner, member, website } = await makeTeam();
    const ownerToken = await makeAccountToken(owner.id);
    // Made before the policy: a token for all websites, which the policy refuses from now on.
    const memberToken = (await makeAccountToken(member.id)).key;
    const set = await policyCall("PUT", website._id, ownerToken.key, STRICT);
    expect(set.status).toBe(200);
    expect(set.json.data?.[0]).toMatchObject({ ...STRICT, websiteId: website._id });

    const create = (body: unknown) =>
      call(tokensRoute.POST, {
        method: "POST",
        path: "/api/v1/admin/access-tokens",
        secret: memberToken,
        body,
      });
    const never = await create({ name: "x", permissions: ["analytics:read"], websiteIds: [website._id] });
    expect(never.status).toBe(400);
    expect(never.json.error?.message).toBe(
      `${website.name} requires tokens that reach it to expire within 30 days.`,
    );
    const long = await create({
      name: "x",
      permissions: ["analytics:read"],
      websiteIds: [website._id],
      expiresAt: new Date(Date.now() + 60 * DAY).toISOString(),
    });
    expect(long.json.error?.message).toBe(
      `${website.name} allows tokens that reach it to live at most 30 days.`,
    );
    const all = await create({ name: "x", permissions: ["analytics:read"], websiteIds: [], expiresAt: null });
    expect(all.status).toBe(400);
    expect(all.json.error?.message).toMatch(/does not accept tokens for all websites/);
    const fine = await create({
      name: "x",
      permissions: ["analytics:read"],
      websiteIds: [website._id],
      expiresAt: new Date(Date.now() + 20 * DAY).toISOString(),
    });
    expect(fine.status).toBe(200);
  });

  it("edit and regeneration are validated too, and existing tokens that break it are listed", async () => {
    const { owner, member, website } = await makeTeam();
    const old = await makeAccountToken(member.id, {
      permissions: ["analytics:read"],
      websiteIds: [website._id],
    });
    await setTokenPolicy(asSession(owner.id), website._id, STRICT);
    await expect(editAccountToken(asSession(member.id), old.token._id, { name: "renamed" })).rejects.toThrow(
      /requires tokens that reach it to expire/,
    );
    await expect(
      regenerateAccountToken(asSession(member.id), old.token._id, { expiry: "90d" }),
    ).rejects.toThrow(/at most 30 days/);

    const violations = await listPolicyViolations(asSession(owner.id), website._id);
    expect(violations.map((v) => v.tokenId)).toContain(old.token._id);
    // The owner's own "*" token (made before the policy) reaches the website too.
    await regenerateAccountToken(asSession(member.id), old.token._id, { expiry: "30d" });
    const after = await listPolicyViolations(asSession(owner.id), website._id);
    expect(after.map((v) => v.tokenId)).not.toContain(old.token._id);
  });

  it("S100 the policy is read by the website's team only, and set by its owner only", async () => {
    const { owner, member, viewer, outsider, website } = await makeTeam();
    const other = await makeTeam();
    const secrets = {
      owner: (await makeAccountToken(owner.id)).key,
      member: (await makeAccountToken(member.id)).key,
      viewer: (await makeAccountToken(viewer.id)).key,
      outsider: (await makeAccountToken(outsider.id)).key,
      otherOwner: (await makeAccountToken(other.owner.id)).key,
      key: (await makeWebsiteKey(website._id, owner.id)).secret,
    };
    for (const who of ["owner", "member", "viewer", "key"] as const)
      expect((await policyCall("GET", website._id, secrets[who])).status, who).toBe(200);
    for (const who of ["outsider", "otherOwner"] as const) {
      const reply = await policyCall("GET", website._id, secrets[who]);
      expect(reply.status, who).toBe(403);
      expect(reply.json.error?.message).toBe("You do not have access to this website.");
    }
    for (const who of ["member", "viewer", "outsider", "otherOwner", "key"] as const)
      expect((await policyCall("PUT", website._id, secrets[who], STRICT)).status, who).toBe(403);
    expect(await db().websiteTokenPolicy.findUnique({ where: { websiteId: website._id } })).toBeNull();
    await expect(listPolicyViolations(asSession(outsider.id), website._id)).rejects.toThrow(
      "You do not have access to this website.",
    );
    // Another website's owner sets their own policy; it does not touch this one.
    expect((await policyCall("PUT", other.website._id, secrets.otherOwner, STRICT)).status).toBe(200);
    expect((await policyCall("GET", website._id, secrets.owner)).json.data?.[0]).toMatchObject({
      updatedAt: null,
      allowAllWebsites: true,
    });
  });

  it("the person sees their tokens outside a policy, and regenerating within it gives the longest expiry it allows", async () => {
    const { owner, member, website } = await makeTeam();
    const second = { website: await makeWebsite(member.id) };
    const listed = await makeAccountToken(member.id, {
      permissions: ["analytics:read"],
      websiteIds: [website._id, second.website._id],
    });
    const everywhere = await makeAccountToken(member.id, { permissions: ["analytics:read"] });
    const fine = await makeAccountToken(member.id, {
      permissions: ["analytics:read"],
      websiteIds: [website._id],
      expiresAt: new Date(Date.now() + 5 * DAY),
    });
    expect(await listOwnPolicyViolations(asSession(member.id))).toEqual([]);

    await setTokenPolicy(asSession(owner.id), website._id, STRICT);
    await setTokenPolicy(asSession(member.id), second.website._id, {
      maxLifetimeDays: 14,
      mustExpire: true,
      allowAllWebsites: true,
    });
    const violations = await listOwnPolicyViolations(asSession(member.id));
    expect(violations.map((v) => v.tokenId).sort()).toEqual([listed.token._id, everywhere.token._id].sort());
    const byId = new Map(violations.map((v) => [v.tokenId, v]));
    // The shortest lifetime of the two websites it reaches; a "*" token is not fixed by an expiry.
    const until = Date.parse(byId.get(listed.token._id)!.regenerateUntil!);
    expect(Math.abs(until - (Date.now() + 14 * DAY))).toBeLessThan(60_000);
    expect(byId.get(everywhere.token._id)).toMatchObject({
      reason: `${website.name} does not accept tokens for all websites: choose the websites this token reaches.`,
      regenerateUntil: null,
    });
    // Nobody else's tokens: the owner's own list holds none of the member's.
    expect((await listOwnPolicyViolations(asSession(owner.id))).map((v) => v.tokenId)).not.toContain(
      listed.token._id,
    );

    const regenerated = await regenerateAccountTokenWithinPolicy(asSession(member.id), listed.token._id);
    expect(Math.abs(Date.parse(regenerated.token.expiresAt!) - (Date.now() + 14 * DAY))).toBeLessThan(60_000);
    expect((await verifySecret({ raw: listed.key, request: { ...TEST_REQUEST } })).ok).toBe(false);
    expect((await verifySecret({ raw: regenerated.key, request: { ...TEST_REQUEST } })).ok).toBe(true);
    expect((await listOwnPolicyViolations(asSession(member.id))).map((v) => v.tokenId)).toEqual([
      everywhere.token._id,
    ]);

    await expect(
      regenerateAccountTokenWithinPolicy(asSession(member.id), everywhere.token._id),
    ).rejects.toThrow(/does not accept tokens for all websites/);
    await expect(regenerateAccountTokenWithinPolicy(asSession(member.id), fine.token._id)).rejects.toThrow(
      "This token already meets its websites' token policies",
    );
    // Another person's token is not found, whatever its state.
    await expect(
      regenerateAccountTokenWithinPolicy(asSession(owner.id), everywhere.token._id),
    ).rejects.toThrow("Token not found.");
    const untouched = await db().accountToken.findUniqueOrThrow({ where: { id: everywhere.token._id } });
    expect(untouched.expiresAt).toBeNull();
  });
});
