import { defineRoute, routeMethods } from "@/lib/api/define-route";
import { websiteParams } from "@/lib/api/params";
import { createFunnel } from "@/lib/funnels/create-funnel";
import { listFunnels } from "@/lib/funnels/list-funnels";
import { createFunnelSchema } from "@/lib/funnels/schemas";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  GET: defineRoute({ params: websiteParams, website: "path", run: ({ actor, websiteId }) => listFunnels(actor, websiteId) }),
  POST: defineRoute({
    params: websiteParams,
    website: "path",
    body: createFunnelSchema,
    run: ({ actor, websiteId, body }) => createFunnel(actor, websiteId, body),
  }),
});
