import { TOKEN_DELETED_MESSAGE } from "@/lib/account-tokens/messages";
import { revokeAccountToken } from "@/lib/account-tokens/revoke-account-token";
import { defineRoute, routeMethods } from "@/lib/api/define-route";
import * as op from "@/lib/api/catalogue/account";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods(
  defineRoute(op.revokeAccountToken, async ({ actor, params }) => {
    await revokeAccountToken(actor, params.id);
    return { message: TOKEN_DELETED_MESSAGE, _id: params.id, revoked: true as const };
  }),
);
