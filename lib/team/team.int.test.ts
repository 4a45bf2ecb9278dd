import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifySecret } from "@/lib/credentials/verify";
import { createWebsiteKey } from "@/lib/website-keys/create-website-key";
import { listWebsiteKeys } from "@/lib/website-keys/list-website-keys";
import {
  actorFor,
  asSession,
  domainState,
  makeAccountToken,
  makePerson,
  makeTeam,
  makeWebsiteKey,
} from "@/test/factories";
import { acceptInvitation } from "./accept-invitation";
import { changeMemberRole } from "./change-role";
import { describeInvitation } from "./describe-invitation";
import { inviteMember } from "./invite-member";
import { listInvitations } from "./list-invitations";
import { listMembers } from "./list-members";
import { previewRoleChange } from "./preview-role-change";
import { leaveWebsite, removeMember } from "./remove-member";
import { resendInvitation } from "./resend-invitation";
import { revokeInvitation } from "./revoke-invitation";
import { transferOwnership } from "./transfer-ownership";

async function owners(websiteId: string) {
  return db().membership.findMany({ where: { websiteId, role: "owner" } });
}

async function auditCount(websiteId: string, action: string) {
  return db().auditEvent.count({ where: { websiteId, action } });
}

describe("invitations", () => {
  it("owner invites by email; the invitee accepts once with the invited role; accepting again is a no-op", async () => {
    const { owner, website } = await makeTeam();
    const invitee = await makePerson();
    const { invitation, token } = await inviteMember(asSession(owner.id), website._id, {
      email: invitee.email.toUpperCase(),
      role: "viewer",
    });
    expect(invitation).toMatchObject({ email: invitee.email, role: "viewer", expired: false });
    expect(await describeInvitation(token)).toMatchObject({
      status: "pending",
      websiteDomain: website.domain,
      role: "viewer",
    });
    // Only the digest is stored.
    const row = await db().invitation.findUniqueOrThrow({ where: { id: invitation._id } });
    expect(JSON.stringify(row)).not.toContain(token);

    await expect(acceptInvitation(asSession(invitee.id), token)).resolves.toEqual({ websiteId: website._id });
    await expect(acceptInvitation(asSession(invitee.id), token)).resolves.toEqual({ websiteId: website._id });
    const members = await listMembers(asSession(owner.id), website._id);
    expect(members.find((m) => m.userId === invitee.id)?.role).toBe("viewer");
    expect(await auditCount(website._id, "team.join")).toBe(1);
    expect(await describeInvitation(token)).toMatchObject({ status: "accepted" });
  });

  it.each([
    ["yourself", "self", "INVALID"],
    ["an existing member", "member", "CONFLICT"],
  ] as const)("refuses inviting %s", async (_label, who, code) => {
    const team = await makeTeam();
    const email = who === "self" ? team.owner.email : team.member.email;
    const before = await domainState();
    await expect(inviteMember(asSession(team.owner.id), team.website._id, { email })).rejects.toMatchObject({
      code,
      field: "email",
    });
    expect(await domainState()).toEqual(before);
  });

  it("refuses a second pending invitation and the owner role", async () => {
    const { owner, website } = await makeTeam();
    await inviteMember(asSession(owner.id), website._id, { email: "twice@example.test" });
    await expect(
      inviteMember(asSession(owner.id), website._id, { email: "twice@example.test" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      inviteMember(asSession(owner.id), website._id, { email: "boss@example.test", role: "owner" as never }),
    ).rejects.toThrow(/member or viewer/);
  });

  it("resend kills the old link; revoke kills the new one; both are audited", async () => {
    const { owner, website } = await makeTeam();
    const invitee = await makePerson();
    const first = await inviteMember(asSession(owner.id), website._id, { email: invitee.email });
    const second = await resendInvitation(asSession(owner.id), {
      websiteId: website._id,
      invitationId: first.invitation._id,
    });
    expect(await describeInvitation(first.token)).toEqual({ status: "invalid" });
    await revokeInvitation(asSession(owner.id), {
      websiteId: website._id,
      invitationId: second.invitation._id,
    });
    await expect(acceptInvitation(asSession(invitee.id), second.token)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await listInvitations(asSession(owner.id), website._id)).toEqual([]);
    expect(await auditCount(website._id, "team.invite-resend")).toBe(1);
    expect(await auditCount(website._id, "team.invite-revoke")).toBe(1);
  });

  it("acceptance needs the invited email and an unexpired link", async () => {
    const { owner, website } = await makeTeam();
    const invitee = await makePerson();
    const stranger = await makePerson();
    const { invitation, token } = await inviteMember(asSession(owner.id), website._id, {
      email: invitee.email,
    });
    await expect(acceptInvitation(asSession(stranger.id), token)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await db().invitation.update({
      where: { id: invitation._id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await expect(acceptInvitation(asSession(invitee.id), token)).rejects.toThrow(/expired/);
    await expect(acceptInvitation(asSession(invitee.id), "not-a-token")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("S15 members and viewers cannot invite or change roles; memberships unchanged", async () => {
    const { member, viewer, website } = await makeTeam();
    const before = await domainState();
    for (const person of [member, viewer]) {
      await expect(
        inviteMember(asSession(person.id), website._id, { email: "x@example.test" }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(
        changeMemberRole(asSession(person.id), { websiteId: website._id, userId: person.id, role: "member" }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(
      changeMemberRole(asSession(viewer.id), { websiteId: website._id, userId: member.id, role: "viewer" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await domainState()).toEqual(before);
  });

  it("S16 a member's dft_ with team:write cannot invite (owner-only)", async () => {
    const { member, website } = await makeTeam();
    const { key } = await makeAccountToken(member.id, { permissions: ["team:write", "team:read"] });
    await expect(
      inviteMember(await actorFor(key), website._id, { email: "y@example.test" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db().invitation.count({ where: { websiteId: website._id } })).toBe(0);
  });
});

describe("roles and removal", () => {
  it("S34 demoting a member to viewer takes effect on their token's next request: reads ok, writes refused", async () => {
    const { owner, member, website } = await makeTeam();
    const { key } = await makeAccountToken(member.id);
    await makeWebsiteKey(website._id, member.id);
    const impact = await previewRoleChange(asSession(owner.id), {
      websiteId: website._id,
      userId: member.id,
      to: "viewer",
    });
    expect(impact).toHaveLength(1);
    expect(impact[0]!.lost).toContain("api-keys:write");
    await changeMemberRole(asSession(owner.id), {
      websiteId: website._id,
      userId: member.id,
      role: "viewer",
    });
    const actor = await actorFor(key);
    await expect(listWebsiteKeys(actor, website._id)).resolves.toHaveLength(1);
    await expect(createWebsiteKey(actor, website._id, { name: "after demotion" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await auditCount(website._id, "team.role-change")).toBe(1);
  });

  it("S33 removing a member ends their token's access at once; keys they created stay valid and are offered for a roll", async () => {
    const { owner, member, website } = await makeTeam();
    const { key } = await makeAccountToken(member.id, {
      permissions: ["api-keys:read", "api-keys:write"],
      websiteIds: [website._id],
    });
    const memberKey = await makeWebsiteKey(website._id, member.id, "made by member");
    const offboarding = await removeMember(asSession(owner.id), {
      websiteId: website._id,
      userId: member.id,
    });
    expect(offboarding.keysToRoll.map((k) => k._id)).toEqual([memberKey.key._id]);
    await expect(listWebsiteKeys(await actorFor(key), website._id)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(verifySecret({ raw: memberKey.secret, request: null })).resolves.toMatchObject({ ok: true });
    // The allow-list entry is gone: re-inviting later does not silently revive the old token.
    expect(await db().accountTokenWebsite.count({ where: { websiteId: website._id } })).toBe(0);
    expect(await auditCount(website._id, "team.remove")).toBe(1);
  });

  it("S36 the owner cannot leave, be removed or be demoted: 409, one owner remains", async () => {
    const { owner, website } = await makeTeam();
    await expect(leaveWebsite(asSession(owner.id), website._id)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      removeMember(asSession(owner.id), { websiteId: website._id, userId: owner.id }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(
      changeMemberRole(asSession(owner.id), { websiteId: website._id, userId: owner.id, role: "member" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await owners(website._id)).map((m) => m.userId)).toEqual([owner.id]);
  });

  it("a member may leave", async () => {
    const { member, website } = await makeTeam();
    await leaveWebsite(asSession(member.id), website._id);
    await expect(listMembers(asSession(member.id), website._id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("removal and role change of someone not on this website are NOT_FOUND", async () => {
    const { owner, outsider, website } = await makeTeam();
    await expect(
      removeMember(asSession(owner.id), { websiteId: website._id, userId: outsider.id }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      changeMemberRole(asSession(owner.id), { websiteId: website._id, userId: "not-an-id", role: "viewer" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("ownership transfer", () => {
  it("needs the member's email typed; the old owner becomes a member", async () => {
    const { owner, member, website } = await makeTeam();
    await expect(
      transferOwnership(asSession(owner.id), website._id, {
        userId: member.id,
        confirmEmail: "wrong@example.test",
      }),
    ).rejects.toMatchObject({
      code: "INVALID",
      field: "confirmEmail",
    });
    await transferOwnership(asSession(owner.id), website._id, {
      userId: member.id,
      confirmEmail: member.email,
    });
    expect((await owners(website._id)).map((m) => m.userId)).toEqual([member.id]);
    const previous = await db().membership.findUniqueOrThrow({
      where: { userId_websiteId: { userId: owner.id, websiteId: website._id } },
    });
    expect(previous.role).toBe("member");
    expect(await auditCount(website._id, "team.transfer")).toBe(1);
  });

  it("concurrent transfer and removal leave exactly one owner", async () => {
    const { owner, member, viewer, website } = await makeTeam();
    const results = await Promise.allSettled([
      transferOwnership(asSession(owner.id), website._id, { userId: member.id, confirmEmail: member.email }),
      removeMember(asSession(owner.id), { websiteId: website._id, userId: member.id }),
      transferOwnership(asSession(owner.id), website._id, { userId: viewer.id, confirmEmail: viewer.email }),
    ]);
    expect(results.some((r) => r.status === "fulfilled")).toBe(true);
    expect(await owners(website._id)).toHaveLength(1);
  });
});

describe("S69 removal racing a key creation", () => {
  it("S69 the create is refused, or done before the removal and audited", async () => {
    const { owner, member, website } = await makeTeam();
    const [created, removed] = await Promise.allSettled([
      createWebsiteKey(asSession(member.id), website._id, { name: "racing" }),
      removeMember(asSession(owner.id), { websiteId: website._id, userId: member.id }),
    ]);
    expect(removed.status).toBe("fulfilled");
    const keys = await db().websiteKey.count({ where: { websiteId: website._id } });
    if (created.status === "fulfilled") {
      expect(keys).toBe(1);
      const [create, remove] = await Promise.all([
        db().auditEvent.findFirstOrThrow({ where: { websiteId: website._id, action: "website-key.create" } }),
        db().auditEvent.findFirstOrThrow({ where: { websiteId: website._id, action: "team.remove" } }),
      ]);
      expect(create.createdAt.getTime()).toBeLessThanOrEqual(remove.createdAt.getTime());
    } else {
      expect(keys).toBe(0);
    }
  });
});
