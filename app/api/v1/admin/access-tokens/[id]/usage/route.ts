import { defineRoute, routeMethods } from "@/lib/api/define-route";
import * as op from "@/lib/api/catalogue/account";
import { getAccountTokenUsage } from "@/lib/usage/credential-usage";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods(
  defineRoute(op.getAccountTokenUsage, ({ actor, params }) => getAccountTokenUsage(actor, params.id)),
);
