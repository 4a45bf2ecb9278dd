import { defineRoute, routeMethods } from "@/lib/api/define-route";
import { alertHistory as operation } from "@/lib/api/catalogue/configuration";
import { alertHistory } from "@/lib/alerts/alert-history";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods(
  defineRoute(operation, ({ actor, websiteId, query }) => alertHistory(actor, websiteId, query)),
);
