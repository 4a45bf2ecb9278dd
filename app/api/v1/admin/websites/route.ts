import { defineRoute, routeMethods } from "@/lib/api/define-route";
import { createWebsite } from "@/lib/websites/create-website";
import { listWebsites } from "@/lib/websites/list-websites";
import { createWebsiteSchema } from "@/lib/websites/schemas";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  GET: defineRoute({ run: ({ actor }) => listWebsites(actor) }),
  POST: defineRoute({ body: createWebsiteSchema, run: ({ actor, body }) => createWebsite(actor, body) }),
});
