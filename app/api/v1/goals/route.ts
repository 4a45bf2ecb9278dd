import { defineRoute, routeMethods } from "@/lib/api/define-route";
import * as op from "@/lib/api/catalogue/website-data";
import { listGoals } from "@/lib/goals/list-goals";
import { recordGoal } from "@/lib/goals/record-goal";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods(
  defineRoute(op.listGoals, ({ actor, websiteId, query }) => listGoals(actor, websiteId, query)),
  defineRoute(op.recordGoal, ({ actor, websiteId, body }) => recordGoal(actor, websiteId, body)),
);
