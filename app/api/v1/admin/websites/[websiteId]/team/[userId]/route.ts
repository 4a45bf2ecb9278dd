import { defineRoute, routeMethods } from "@/lib/api/define-route";
import * as op from "@/lib/api/catalogue/websites";
import { changeMemberRole } from "@/lib/team/change-role";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods(
  defineRoute(op.changeMemberRole, async ({ actor, websiteId, params, body }) => {
    const changed = await changeMemberRole(actor, { websiteId, userId: params.userId, ...body });
    return { _id: changed.userId, role: changed.role };
  }),
);
