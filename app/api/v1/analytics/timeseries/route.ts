import { defineRoute, routeMethods } from "@/lib/api/define-route";
import * as op from "@/lib/api/catalogue/website-data";
import { getTimeseries } from "@/lib/analytics/get-timeseries";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods(
  defineRoute(op.getTimeseries, ({ actor, websiteId, query }) => getTimeseries(actor, websiteId, query)),
);
