import { defineRoute, routeMethods } from "@/lib/api/define-route";
import { getOverview } from "@/lib/analytics/get-overview";
import { overviewQuerySchema } from "@/lib/analytics/schemas";

// A `df_` key implies its website; a `dft_` token names it with ?websiteId=.
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  GET: defineRoute({ website: "query", query: overviewQuerySchema, run: ({ actor, websiteId, query }) => getOverview(actor, websiteId, query) }),
});
