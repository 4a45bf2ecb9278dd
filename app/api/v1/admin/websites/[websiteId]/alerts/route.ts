import { defineRoute, routeMethods } from "@/lib/api/define-route";
import * as op from "@/lib/api/catalogue/configuration";
import { createAlert } from "@/lib/alerts/create-alert";
import { listAlerts } from "@/lib/alerts/list-alerts";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods(
  defineRoute(op.listAlerts, ({ actor, websiteId }) => listAlerts(actor, websiteId)),
  defineRoute(op.createAlert, ({ actor, websiteId, body }) => createAlert(actor, websiteId, body)),
);
