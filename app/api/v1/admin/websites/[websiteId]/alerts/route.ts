import { defineRoute, routeMethods } from "@/lib/api/define-route";
import { alerts } from "@/lib/api/catalogue/configuration";
import { createAlert } from "@/lib/alerts/create-alert";
import { listAlerts } from "@/lib/alerts/list-alerts";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods(
  defineRoute(alerts.list, ({ actor, websiteId }) => listAlerts(actor, websiteId)),
  defineRoute(alerts.create, ({ actor, websiteId, body }) => createAlert(actor, websiteId, body)),
);
