import { revokeAccountToken } from "@/lib/account-tokens/revoke-account-token";
import { defineRoute, routeMethods } from "@/lib/api/define-route";
import { tokenIdParams } from "@/lib/api/params";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  DELETE: defineRoute({
    params: tokenIdParams,
    run: async ({ actor, params }) => {
      await revokeAccountToken(actor, params.id);
      return { _id: params.id, revoked: true };
    },
  }),
});
