import { defineRoute, routeMethods } from "@/lib/api/define-route";
import * as op from "@/lib/api/catalogue/account";
import { describeCredential } from "@/lib/credentials/describe-credential";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods(
  defineRoute(op.getToken, async ({ credential }) => describeCredential(credential)),
);
