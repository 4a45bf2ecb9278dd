import { defineRoute, routeMethods } from "@/lib/api/define-route";
import * as op from "@/lib/api/catalogue/websites";
import { getTokenPolicy, setTokenPolicy } from "@/lib/token-policy/token-policy";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods(
  defineRoute(op.getTokenPolicy, ({ actor, websiteId }) => getTokenPolicy(actor, websiteId)),
  defineRoute(op.setTokenPolicy, ({ actor, websiteId, body }) => setTokenPolicy(actor, websiteId, body)),
);
