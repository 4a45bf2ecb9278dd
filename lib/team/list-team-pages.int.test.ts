import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addMember, asSession, makePerson, makeTeam } from "@/test/factories";
import { inviteMember } from "./invite-member";
import { listInvitations, listInvitationsPage } from "./list-invitations";
import { listMembers, listMembersPage } from "./list-members";
import { revokeInvitation } from "./revoke-invitation";

/** makeTeam's owner, member and viewer, plus `extra` people alternating member / viewer. */
async function largeTeam(extra: number, name = (i: number) => `Teammate ${i}`) {
  const team = await makeTeam();
  for (let i = 0; i < extra; i++) {
    const person = await makePerson({ name: name(i) });
    await addMember(team.website._id, person.id, i % 2 === 0 ? "member" : "viewer");
  }
  return team;
}

describe("the Team page's members, a page at a time", () => {
  it("pages through the whole team in the REST list's order: owner, members, viewers, oldest first", async () => {
    const team = await largeTeam(4);
    const everyone = await listMembers(asSession(team.owner.id), team.website._id);
    expect(everyone.map((m) => m.role)).toEqual([
      "owner",
      "member",
      "member",
      "member",
      "viewer",
      "viewer",
      "viewer",
    ]);
    const pages = [];
    for (let page = 1; page <= 4; page++)
      pages.push(await listMembersPage(asSession(team.viewer.id), team.website._id, { page, pageSize: 2 }));
    expect(pages.map((p) => p.members.length)).toEqual([2, 2, 2, 1]);
    expect(pages.flatMap((p) => p.members)).toEqual(everyone);
    expect(pages[0]).toMatchObject({ total: 7, teamSize: 7, page: 1, pageCount: 4 });
    expect(pages.every((p) => p.owner?.userId === team.owner.id)).toBe(true);
  });

  it("answers the last page for a page past it", async () => {
    const team = await largeTeam(2);
    const page = await listMembersPage(asSession(team.owner.id), team.website._id, { page: 99, pageSize: 2 });
    expect(page).toMatchObject({ page: 3, pageCount: 3, total: 5 });
    expect(page.members).toHaveLength(1);
  });

  it("searches names and emails without regard to case, and reads % and _ literally", async () => {
    const team = await largeTeam(3, (i) => (i === 0 ? "Nadia 100%_Sure" : `Teammate ${i}`));
    const asOwner = (query: string) => listMembersPage(asSession(team.owner.id), team.website._id, { query });
    const byName = await asOwner("nADIA");
    expect(byName.members.map((m) => m.name)).toEqual(["Nadia 100%_Sure"]);
    expect(byName).toMatchObject({ total: 1, teamSize: 6, page: 1, pageCount: 1 });
    // The owner is named whatever the search, for "Ask …, the owner".
    expect(byName.owner?.userId).toBe(team.owner.id);
    const byEmail = await asOwner(team.viewer.email.slice(0, 16).toUpperCase());
    expect(byEmail.members.map((m) => m.userId)).toEqual([team.viewer.id]);
    expect((await asOwner("0%_S")).total).toBe(1);
    expect((await asOwner("%")).total).toBe(1);
    expect((await asOwner("_")).total).toBe(1);
    const none = await asOwner("nobody-by-this-name");
    expect(none).toMatchObject({ members: [], total: 0, teamSize: 6, page: 1, pageCount: 1 });
  });

  it("is refused to someone not on the team", async () => {
    const team = await makeTeam();
    await expect(listMembersPage(asSession(team.outsider.id), team.website._id, {})).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("the Team page's invitations, a page at a time", () => {
  it("pages the pending invitations newest first; accepted and revoked ones are not listed", async () => {
    const team = await makeTeam();
    const asOwner = asSession(team.owner.id);
    const sent = [];
    for (let i = 0; i < 4; i++)
      sent.push(
        (
          await inviteMember(asOwner, team.website._id, {
            email: `invitee-${i}-${team.website._id}@example.test`,
          })
        ).invitation,
      );
    await revokeInvitation(asOwner, { websiteId: team.website._id, invitationId: sent[1]!._id });
    await db().invitation.update({ where: { id: sent[2]!._id }, data: { acceptedAt: new Date() } });
    const first = await listInvitationsPage(asSession(team.member.id), team.website._id, { pageSize: 1 });
    const second = await listInvitationsPage(asSession(team.member.id), team.website._id, {
      page: 2,
      pageSize: 1,
    });
    expect(first).toMatchObject({ total: 2, page: 1, pageCount: 2 });
    expect([...first.invitations, ...second.invitations].map((i) => i._id)).toEqual([
      sent[3]!._id,
      sent[0]!._id,
    ]);
    expect([...first.invitations, ...second.invitations]).toEqual(
      await listInvitations(asOwner, team.website._id),
    );
    const past = await listInvitationsPage(asOwner, team.website._id, { page: 7, pageSize: 1 });
    expect(past.page).toBe(2);
  });

  it("is refused to someone not on the team", async () => {
    const team = await makeTeam();
    await expect(
      listInvitationsPage(asSession(team.outsider.id), team.website._id, {}),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
