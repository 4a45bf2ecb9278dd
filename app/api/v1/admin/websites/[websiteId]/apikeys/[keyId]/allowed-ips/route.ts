import { defineRoute, routeMethods } from "@/lib/api/define-route";
import * as op from "@/lib/api/catalogue/websites";
import { setWebsiteKeyAllowedIps } from "@/lib/website-keys/set-key-allowed-ips";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods(
  defineRoute(op.setWebsiteKeyAllowedIps, ({ actor, websiteId, params, body }) =>
    setWebsiteKeyAllowedIps(actor, { websiteId, keyId: params.keyId }, body),
  ),
);
