import { defineRoute, routeMethods } from "@/lib/api/define-route";
import { funnelParams } from "@/lib/api/params";
import { deleteFunnel } from "@/lib/funnels/delete-funnel";
import { getFunnel } from "@/lib/funnels/get-funnel";
import { updateFunnelSchema } from "@/lib/funnels/schemas";
import { updateFunnel } from "@/lib/funnels/update-funnel";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  GET: defineRoute({ params: funnelParams, website: "path", run: ({ actor, websiteId, params }) => getFunnel(actor, { websiteId, funnelId: params.funnelId }) }),
  PUT: defineRoute({
    params: funnelParams,
    website: "path",
    body: updateFunnelSchema,
    run: ({ actor, websiteId, params, body }) => updateFunnel(actor, { websiteId, funnelId: params.funnelId }, body),
  }),
  DELETE: defineRoute({
    params: funnelParams,
    website: "path",
    run: async ({ actor, websiteId, params }) => {
      await deleteFunnel(actor, { websiteId, funnelId: params.funnelId });
      return { _id: params.funnelId, deleted: true };
    },
  }),
});
