import { defineRoute, routeMethods } from "@/lib/api/define-route";
import * as op from "@/lib/api/catalogue/account";
import { getProfile, updateProfile } from "@/lib/users/update-profile";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods(
  defineRoute(op.getAccount, ({ actor }) => getProfile(actor)),
  defineRoute(op.updateAccount, ({ actor, body }) => updateProfile(actor, body)),
);
