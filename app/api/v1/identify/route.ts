import { defineRoute, routeMethods } from "@/lib/api/define-route";
import { identifyVisitor } from "@/lib/identify/identify-visitor";
import { identifySchema } from "@/lib/identify/schemas";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  POST: defineRoute({ website: "query", body: identifySchema, run: ({ actor, websiteId, body }) => identifyVisitor(actor, websiteId, body) }),
});
