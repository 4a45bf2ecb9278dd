import { defineRoute, routeMethods } from "@/lib/api/define-route";
import * as op from "@/lib/api/catalogue/website-data";
import { getRealtime } from "@/lib/analytics/get-realtime";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods(
  defineRoute(op.getRealtime, ({ actor, websiteId, query }) => getRealtime(actor, websiteId, query)),
);
