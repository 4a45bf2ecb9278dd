import { describe, expect, it } from "vitest";
import * as teamRoute from "@/app/api/v1/admin/websites/[websiteId]/team/route";
import * as memberRoute from "@/app/api/v1/admin/websites/[websiteId]/team/[userId]/route";
import { db } from "@/lib/db";
import { makeAccountToken, makeTeam, makeWebsiteKey } from "@/test/factories";
import { call } from "@/test/http";

describe("team routes", () => {
  it("owner's dft_ lists, invites (link returned once), changes a role and removes; envelope fields", async () => {
    const { owner, member, viewer, website } = await makeTeam();
    const { key } = await makeAccountToken(owner.id);
    const params = { websiteId: website._id };
    const path = `/api/v1/admin/websites/${website._id}/team`;

    const list = await call(teamRoute.GET, { path, params, secret: key });
    expect(list.status).toBe(200);
    expect(list.json.data).toHaveLength(3);

    const invite = await call(teamRoute.POST, {
      method: "POST",
      path,
      params,
      secret: key,
      body: { email: "New.Person@Example.test", role: "viewer" },
    });
    expect(invite.status).toBe(200);
    expect(invite.json.data?.[0]).toMatchObject({
      email: "new.person@example.test",
      role: "viewer",
      status: "pending",
      inviteUrl: expect.stringMatching(/\/invite\/[0-9A-Za-z]{43}$/),
    });

    const patch = await call(memberRoute.PATCH, {
      method: "PATCH",
      path: `${path}/${viewer.id}`,
      params: { ...params, userId: viewer.id },
      secret: key,
      body: { role: "member" },
    });
    expect(patch.json).toEqual({ status: "success", data: [{ _id: viewer.id, role: "member" }] });

    const removed = await call(teamRoute.DELETE, {
      method: "DELETE",
      path,
      params,
      secret: key,
      body: { userId: member.id },
    });
    expect(removed.status).toBe(200);
    expect(await db().membership.count({ where: { websiteId: website._id } })).toBe(2);
  });

  it("S16 a member's dft_ with team:write gets 403 for invite, role change and removal", async () => {
    const { member, viewer, website } = await makeTeam();
    const { key } = await makeAccountToken(member.id, { permissions: ["team:read", "team:write"] });
    const params = { websiteId: website._id };
    const path = `/api/v1/admin/websites/${website._id}/team`;
    expect((await call(teamRoute.GET, { path, params, secret: key })).status).toBe(200);
    expect(
      (
        await call(teamRoute.POST, {
          method: "POST",
          path,
          params,
          secret: key,
          body: { email: "z@example.test" },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call(memberRoute.PATCH, {
          method: "PATCH",
          path: `${path}/${viewer.id}`,
          params: { ...params, userId: viewer.id },
          secret: key,
          body: { role: "member" },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call(teamRoute.DELETE, {
          method: "DELETE",
          path,
          params,
          secret: key,
          body: { userId: viewer.id },
        })
      ).status,
    ).toBe(403);
    expect(await db().invitation.count({ where: { websiteId: website._id } })).toBe(0);
  });

  it("a df_ key cannot touch the team (owner-only acts need a person); inviting an owner is 400; the owner's removal is 409", async () => {
    const { owner, website } = await makeTeam();
    const { secret } = await makeWebsiteKey(website._id, owner.id);
    const { key } = await makeAccountToken(owner.id);
    const params = { websiteId: website._id };
    const path = `/api/v1/admin/websites/${website._id}/team`;
    expect(
      (
        await call(teamRoute.POST, {
          method: "POST",
          path,
          params,
          secret,
          body: { email: "k@example.test" },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call(teamRoute.POST, {
          method: "POST",
          path,
          params,
          secret: key,
          body: { email: "o@example.test", role: "owner" },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await call(teamRoute.DELETE, {
          method: "DELETE",
          path,
          params,
          secret: key,
          body: { userId: owner.id },
        })
      ).status,
    ).toBe(409);
  });
});
