import { defineRoute, routeMethods } from "@/lib/api/define-route";
import * as op from "@/lib/api/catalogue/website-data";
import { getOverview } from "@/lib/analytics/get-overview";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods(
  defineRoute(op.getOverview, ({ actor, websiteId, query }) => getOverview(actor, websiteId, query)),
);
