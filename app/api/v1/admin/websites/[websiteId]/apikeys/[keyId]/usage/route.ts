import { defineRoute, routeMethods } from "@/lib/api/define-route";
import * as op from "@/lib/api/catalogue/websites";
import { getWebsiteKeyUsage } from "@/lib/usage/credential-usage";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods(
  defineRoute(op.getWebsiteKeyUsage, ({ actor, websiteId, params }) =>
    getWebsiteKeyUsage(actor, { websiteId, keyId: params.keyId }),
  ),
);
