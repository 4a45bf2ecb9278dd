import { defineRoute, routeMethods } from "@/lib/api/define-route";
import * as op from "@/lib/api/catalogue/websites";
import { inviteAndDeliver } from "@/lib/team/issue-invitation";
import { listInvitations } from "@/lib/team/list-invitations";
import { listMembers } from "@/lib/team/list-members";
import { removeMember } from "@/lib/team/remove-member";
import { toInvited, toTeamRows } from "@/lib/team/team-rows";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods(
  defineRoute(op.listTeam, async ({ actor, websiteId }) => {
    const [members, invitations] = await Promise.all([
      listMembers(actor, websiteId),
      listInvitations(actor, websiteId),
    ]);
    return toTeamRows(members, invitations);
  }),
  defineRoute(op.inviteMember, async ({ actor, websiteId, body }) =>
    toInvited(await inviteAndDeliver(actor, { websiteId, invite: body })),
  ),
  defineRoute(op.removeMember, async ({ actor, websiteId, body }) => {
    const offboarding = await removeMember(actor, {
      websiteId,
      userId: body.userId,
      revokeKeys: body.revokeKeys,
    });
    return { _id: body.userId, removed: true as const, ...offboarding };
  }),
);
