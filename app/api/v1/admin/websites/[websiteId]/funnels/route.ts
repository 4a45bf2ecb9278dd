import { defineRoute, routeMethods } from "@/lib/api/define-route";
import { funnels } from "@/lib/api/catalogue/configuration";
import { createFunnel } from "@/lib/funnels/create-funnel";
import { listFunnels } from "@/lib/funnels/list-funnels";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods(
  defineRoute(funnels.list, ({ actor, websiteId }) => listFunnels(actor, websiteId)),
  defineRoute(funnels.create, ({ actor, websiteId, body }) => createFunnel(actor, websiteId, body)),
);
