import { rollAccountToken } from "@/lib/account-tokens/roll-account-token";
import { defineRoute, routeMethods } from "@/lib/api/define-route";
import * as op from "@/lib/api/catalogue/account";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods(
  defineRoute(op.rollAccountToken, async ({ actor, params, body }) => {
    const { token, key } = await rollAccountToken(actor, { tokenId: params.id, ...body });
    return { ...token, key };
  }),
);
