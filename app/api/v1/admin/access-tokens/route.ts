import { createAccountToken } from "@/lib/account-tokens/create-account-token";
import { listAccountTokens } from "@/lib/account-tokens/list-account-tokens";
import { defineRoute, routeMethods } from "@/lib/api/define-route";
import * as op from "@/lib/api/catalogue/account";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods(
  defineRoute(op.listAccountTokens, ({ actor }) => listAccountTokens(actor)),
  defineRoute(op.createAccountToken, async ({ actor, body }) => {
    const { token, key } = await createAccountToken(actor, body);
    return { ...token, key };
  }),
);
