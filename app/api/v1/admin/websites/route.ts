import { defineRoute, routeMethods } from "@/lib/api/define-route";
import * as op from "@/lib/api/catalogue/websites";
import { createWebsite } from "@/lib/websites/create-website";
import { listWebsites } from "@/lib/websites/list-websites";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods(
  defineRoute(op.listWebsites, ({ actor }) => listWebsites(actor)),
  defineRoute(op.createWebsite, ({ actor, body }) => createWebsite(actor, body)),
);
