import { defineRoute, routeMethods } from "@/lib/api/define-route";
import { websiteMemberParams } from "@/lib/api/params";
import { changeMemberRole } from "@/lib/team/change-role";
import { changeRoleSchema } from "@/lib/team/schemas";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  PATCH: defineRoute({
    params: websiteMemberParams,
    website: "path",
    body: changeRoleSchema,
    run: async ({ actor, websiteId, params, body }) => {
      const changed = await changeMemberRole(actor, websiteId, params.userId, body);
      return { _id: changed.userId, role: changed.role };
    },
  }),
});
