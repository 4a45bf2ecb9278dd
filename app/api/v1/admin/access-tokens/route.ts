import { createAccountToken } from "@/lib/account-tokens/create-account-token";
import { listAccountTokens } from "@/lib/account-tokens/list-account-tokens";
import { createAccountTokenApiSchema } from "@/lib/account-tokens/schemas";
import { defineRoute, routeMethods } from "@/lib/api/define-route";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  GET: defineRoute({ run: ({ actor }) => listAccountTokens(actor) }),
  POST: defineRoute({
    body: createAccountTokenApiSchema,
    run: async ({ actor, body }) => {
      const { token, key } = await createAccountToken(actor, body);
      return { ...token, key };
    },
  }),
});
