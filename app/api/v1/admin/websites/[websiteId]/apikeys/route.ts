import { defineRoute, routeMethods } from "@/lib/api/define-route";
import * as op from "@/lib/api/catalogue/websites";
import { createWebsiteKey } from "@/lib/website-keys/create-website-key";
import { listWebsiteKeys } from "@/lib/website-keys/list-website-keys";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods(
  defineRoute(op.listWebsiteKeys, ({ actor, websiteId }) => listWebsiteKeys(actor, websiteId)),
  defineRoute(op.createWebsiteKey, async ({ actor, websiteId, body }) => {
    const { key, secret } = await createWebsiteKey(actor, websiteId, body);
    return { ...key, key: secret };
  }),
);
