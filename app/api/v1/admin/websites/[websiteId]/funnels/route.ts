import { defineRoute, routeMethods } from "@/lib/api/define-route";
import * as op from "@/lib/api/catalogue/configuration";
import { createFunnel } from "@/lib/funnels/create-funnel";
import { listFunnels } from "@/lib/funnels/list-funnels";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods(
  defineRoute(op.listFunnels, ({ actor, websiteId }) => listFunnels(actor, websiteId)),
  defineRoute(op.createFunnel, ({ actor, websiteId, body }) => createFunnel(actor, websiteId, body)),
);
