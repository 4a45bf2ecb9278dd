import { z } from "zod";
import { defineRoute, routeMethods } from "@/lib/api/define-route";
import { websiteKeyParams } from "@/lib/api/params";
import { gracePeriodSchema } from "@/lib/credentials/grace";
import { revokeWebsiteKey } from "@/lib/website-keys/revoke-website-key";
import { rollWebsiteKey } from "@/lib/website-keys/roll-website-key";

// PUT rolls the key: same _id, a new `key` shown once; the old secret dies now unless a grace
// period is given.
const rollBody = z.object({ grace: gracePeriodSchema.default("none") }).strict();

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  PUT: defineRoute({
    params: websiteKeyParams,
    website: "path",
    body: rollBody,
    run: async ({ actor, websiteId, params, body }) => {
      const { key, secret } = await rollWebsiteKey(actor, { websiteId, keyId: params.keyId }, body);
      return { ...key, key: secret };
    },
  }),
  DELETE: defineRoute({
    params: websiteKeyParams,
    website: "path",
    run: async ({ actor, websiteId, params }) => {
      await revokeWebsiteKey(actor, { websiteId, keyId: params.keyId });
      return { _id: params.keyId, revoked: true };
    },
  }),
});
