import { defineRoute, routeMethods } from "@/lib/api/define-route";
import * as op from "@/lib/api/catalogue/configuration";
import { deleteAlert } from "@/lib/alerts/delete-alert";
import { getAlert } from "@/lib/alerts/get-alert";
import { updateAlert } from "@/lib/alerts/update-alert";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods(
  defineRoute(op.getAlert, ({ actor, websiteId, params }) => getAlert(actor, { websiteId, alertId: params.alertId })),
  defineRoute(op.updateAlert, ({ actor, websiteId, params, body }) => updateAlert(actor, { websiteId, alertId: params.alertId }, body)),
  defineRoute(op.deleteAlert, async ({ actor, websiteId, params }) => {
    await deleteAlert(actor, { websiteId, alertId: params.alertId });
    return { _id: params.alertId, deleted: true as const };
  }),
);
