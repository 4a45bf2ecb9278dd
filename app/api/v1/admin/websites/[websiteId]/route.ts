import { defineRoute, routeMethods } from "@/lib/api/define-route";
import * as op from "@/lib/api/catalogue/websites";
import { deleteWebsite } from "@/lib/websites/delete-website";
import { getWebsite } from "@/lib/websites/get-website";
import { updateWebsite } from "@/lib/websites/update-website";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods(
  defineRoute(op.getWebsite, ({ actor, websiteId }) => getWebsite(actor, websiteId)),
  defineRoute(op.updateWebsite, ({ actor, websiteId, body }) => updateWebsite(actor, websiteId, body)),
  defineRoute(op.deleteWebsite, async ({ actor, websiteId }) => {
    await deleteWebsite(actor, websiteId, null);
    return { _id: websiteId, deleted: true as const };
  }),
);
