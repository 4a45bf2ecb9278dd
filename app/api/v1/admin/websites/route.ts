import { defineRoute, routeMethods } from "@/lib/api/define-route";
import * as op from "@/lib/api/catalogue/websites";
import { createWebsite } from "@/lib/websites/create-website";
import { listWebsites } from "@/lib/websites/list-websites";
import { toCreatedWebsite } from "@/lib/websites/website-dto";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods(
  defineRoute(op.listWebsites, ({ actor }) => listWebsites(actor)),
  defineRoute(op.createWebsite, async ({ actor, body }) =>
    toCreatedWebsite(await createWebsite(actor, body)),
  ),
);
