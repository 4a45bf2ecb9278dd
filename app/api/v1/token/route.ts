import { defineRoute, routeMethods } from "@/lib/api/define-route";
import { describeCredential } from "@/lib/credentials/describe-credential";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  GET: defineRoute({ run: async ({ credential }) => describeCredential(credential) }),
});
