import { defineRoute, routeMethods } from "@/lib/api/define-route";
import { websiteParams } from "@/lib/api/params";
import { invitationUrl, publicOrigin } from "@/lib/http/public-url";
import { deliverInvitation } from "@/lib/team/deliver-invitation";
import { inviteMember } from "@/lib/team/invite-member";
import { listInvitations } from "@/lib/team/list-invitations";
import { listMembers } from "@/lib/team/list-members";
import { removeMember } from "@/lib/team/remove-member";
import { inviteSchema, memberRefSchema } from "@/lib/team/schemas";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  GET: defineRoute({
    params: websiteParams,
    website: "path",
    run: async ({ actor, websiteId }) => {
      const [members, invitations] = await Promise.all([listMembers(actor, websiteId), listInvitations(actor, websiteId)]);
      return [
        ...members.map((m) => ({ _id: m.userId, name: m.name, email: m.email, role: m.role, status: "active", createdAt: m.joinedAt })),
        ...invitations.map((i) => ({ _id: i._id, email: i.email, role: i.role, status: i.expired ? "expired" : "pending", createdAt: i.createdAt, expiresAt: i.expiresAt })),
      ];
    },
  }),
  POST: defineRoute({
    params: websiteParams,
    website: "path",
    body: inviteSchema,
    run: async ({ actor, websiteId, body, request }) => {
      const { invitation, token } = await inviteMember(actor, websiteId, body);
      const inviteUrl = invitationUrl(publicOrigin(request), token);
      await deliverInvitation(websiteId, invitation, inviteUrl);
      return { ...invitation, status: "pending", inviteUrl };
    },
  }),
  DELETE: defineRoute({
    params: websiteParams,
    website: "path",
    body: memberRefSchema,
    run: async ({ actor, websiteId, body }) => {
      const offboarding = await removeMember(actor, websiteId, body.userId);
      return { _id: body.userId, removed: true, keysToRoll: offboarding.keysToRoll };
    },
  }),
});
