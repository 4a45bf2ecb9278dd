import { defineRoute, routeMethods } from "@/lib/api/define-route";
import { alertParams } from "@/lib/api/params";
import { deleteAlert } from "@/lib/alerts/delete-alert";
import { getAlert } from "@/lib/alerts/get-alert";
import { updateAlertSchema } from "@/lib/alerts/schemas";
import { updateAlert } from "@/lib/alerts/update-alert";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  GET: defineRoute({ params: alertParams, website: "path", run: ({ actor, websiteId, params }) => getAlert(actor, { websiteId, alertId: params.alertId }) }),
  PUT: defineRoute({
    params: alertParams,
    website: "path",
    body: updateAlertSchema,
    run: ({ actor, websiteId, params, body }) => updateAlert(actor, { websiteId, alertId: params.alertId }, body),
  }),
  DELETE: defineRoute({
    params: alertParams,
    website: "path",
    run: async ({ actor, websiteId, params }) => {
      await deleteAlert(actor, { websiteId, alertId: params.alertId });
      return { _id: params.alertId, deleted: true };
    },
  }),
});
