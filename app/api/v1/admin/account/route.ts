import { defineRoute, routeMethods } from "@/lib/api/define-route";
import { profileSchema } from "@/lib/users/schemas";
import { getProfile, updateProfile } from "@/lib/users/update-profile";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  GET: defineRoute({ run: ({ actor }) => getProfile(actor) }),
  PUT: defineRoute({ body: profileSchema, run: ({ actor, body }) => updateProfile(actor, body) }),
});
