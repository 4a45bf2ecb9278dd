import { defineRoute, routeMethods } from "@/lib/api/define-route";
import * as op from "@/lib/api/catalogue/websites";
import { expireWebsiteKeyPreviousSecret } from "@/lib/website-keys/expire-previous-secret";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods(
  defineRoute(op.expireWebsiteKeyPreviousSecret, ({ actor, websiteId, params }) =>
    expireWebsiteKeyPreviousSecret(actor, { websiteId, keyId: params.keyId }),
  ),
);
