import { defineRoute, routeMethods } from "@/lib/api/define-route";
import * as op from "@/lib/api/catalogue/configuration";
import { deleteFunnel } from "@/lib/funnels/delete-funnel";
import { getFunnel } from "@/lib/funnels/get-funnel";
import { updateFunnel } from "@/lib/funnels/update-funnel";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods(
  defineRoute(op.getFunnel, ({ actor, websiteId, params }) => getFunnel(actor, { websiteId, funnelId: params.funnelId })),
  defineRoute(op.updateFunnel, ({ actor, websiteId, params, body }) => updateFunnel(actor, { websiteId, funnelId: params.funnelId }, body)),
  defineRoute(op.deleteFunnel, async ({ actor, websiteId, params }) => {
    await deleteFunnel(actor, { websiteId, funnelId: params.funnelId });
    return { _id: params.funnelId, deleted: true as const };
  }),
);
