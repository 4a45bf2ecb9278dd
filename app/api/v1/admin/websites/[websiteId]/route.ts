import { defineRoute, routeMethods } from "@/lib/api/define-route";
import { websiteParams } from "@/lib/api/params";
import { deleteWebsite } from "@/lib/websites/delete-website";
import { getWebsite } from "@/lib/websites/get-website";
import { updateWebsiteSchema } from "@/lib/websites/schemas";
import { updateWebsite } from "@/lib/websites/update-website";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  GET: defineRoute({ params: websiteParams, website: "path", run: ({ actor, websiteId }) => getWebsite(actor, websiteId) }),
  PUT: defineRoute({
    params: websiteParams,
    website: "path",
    body: updateWebsiteSchema,
    run: ({ actor, websiteId, body }) => updateWebsite(actor, websiteId, body),
  }),
  DELETE: defineRoute({
    params: websiteParams,
    website: "path",
    run: async ({ actor, websiteId }) => {
      await deleteWebsite(actor, websiteId, null);
      return { _id: websiteId, deleted: true };
    },
  }),
});
