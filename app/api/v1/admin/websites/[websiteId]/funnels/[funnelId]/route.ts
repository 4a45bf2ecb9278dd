import { defineRoute, routeMethods } from "@/lib/api/define-route";
import { funnels } from "@/lib/api/catalogue/configuration";
import { deleteFunnel } from "@/lib/funnels/delete-funnel";
import { getFunnel } from "@/lib/funnels/get-funnel";
import { updateFunnel } from "@/lib/funnels/update-funnel";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods(
  defineRoute(funnels.get, ({ actor, websiteId, params }) =>
    getFunnel(actor, { websiteId, funnelId: params.funnelId }),
  ),
  defineRoute(funnels.update, ({ actor, websiteId, params, body }) =>
    updateFunnel(actor, { websiteId, funnelId: params.funnelId }, body),
  ),
  defineRoute(funnels.remove, async ({ actor, websiteId, params }) => {
    await deleteFunnel(actor, { websiteId, funnelId: params.funnelId });
    return { _id: params.funnelId, deleted: true as const };
  }),
);
