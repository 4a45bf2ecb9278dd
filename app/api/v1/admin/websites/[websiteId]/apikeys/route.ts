import { defineRoute, routeMethods } from "@/lib/api/define-route";
import { websiteParams } from "@/lib/api/params";
import { createWebsiteKey } from "@/lib/website-keys/create-website-key";
import { listWebsiteKeys } from "@/lib/website-keys/list-website-keys";
import { createWebsiteKeySchema } from "@/lib/website-keys/schemas";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  GET: defineRoute({ params: websiteParams, website: "path", run: ({ actor, websiteId }) => listWebsiteKeys(actor, websiteId) }),
  POST: defineRoute({
    params: websiteParams,
    website: "path",
    body: createWebsiteKeySchema,
    run: async ({ actor, websiteId, body }) => {
      const { key, secret } = await createWebsiteKey(actor, websiteId, body);
      return { ...key, key: secret };
    },
  }),
});
