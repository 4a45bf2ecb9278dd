import { defineRoute, routeMethods } from "@/lib/api/define-route";
import { websiteParams } from "@/lib/api/params";
import { createAlert } from "@/lib/alerts/create-alert";
import { listAlerts } from "@/lib/alerts/list-alerts";
import { createAlertSchema } from "@/lib/alerts/schemas";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  GET: defineRoute({ params: websiteParams, website: "path", run: ({ actor, websiteId }) => listAlerts(actor, websiteId) }),
  POST: defineRoute({
    params: websiteParams,
    website: "path",
    body: createAlertSchema,
    run: ({ actor, websiteId, body }) => createAlert(actor, websiteId, body),
  }),
});
