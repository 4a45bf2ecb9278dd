import { defineRoute, routeMethods } from "@/lib/api/define-route";
import { alerts } from "@/lib/api/catalogue/configuration";
import { deleteAlert } from "@/lib/alerts/delete-alert";
import { getAlert } from "@/lib/alerts/get-alert";
import { updateAlert } from "@/lib/alerts/update-alert";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods(
  defineRoute(alerts.get, ({ actor, websiteId, params }) =>
    getAlert(actor, { websiteId, alertId: params.alertId }),
  ),
  defineRoute(alerts.update, ({ actor, websiteId, params, body }) =>
    updateAlert(actor, { websiteId, alertId: params.alertId }, body),
  ),
  defineRoute(alerts.remove, async ({ actor, websiteId, params }) => {
    await deleteAlert(actor, { websiteId, alertId: params.alertId });
    return { _id: params.alertId, deleted: true as const };
  }),
);
