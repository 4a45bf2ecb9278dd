import { defineRoute, routeMethods } from "@/lib/api/define-route";
import * as op from "@/lib/api/catalogue/website-data";
import { identifyVisitor } from "@/lib/identify/identify-visitor";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods(
  defineRoute(op.identifyVisitor, ({ actor, websiteId, body }) => identifyVisitor(actor, websiteId, body)),
);
