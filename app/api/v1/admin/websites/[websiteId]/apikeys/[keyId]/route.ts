import { defineRoute, routeMethods } from "@/lib/api/define-route";
import * as op from "@/lib/api/catalogue/websites";
import { revokeWebsiteKey } from "@/lib/website-keys/revoke-website-key";
import { rollWebsiteKey } from "@/lib/website-keys/roll-website-key";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods(
  defineRoute(op.rollWebsiteKey, async ({ actor, websiteId, params, body }) => {
    const { key, secret } = await rollWebsiteKey(actor, { websiteId, keyId: params.keyId, ...body });
    return { ...key, key: secret };
  }),
  defineRoute(op.revokeWebsiteKey, async ({ actor, websiteId, params }) => {
    await revokeWebsiteKey(actor, { websiteId, keyId: params.keyId });
    return { _id: params.keyId, revoked: true as const };
  }),
);
