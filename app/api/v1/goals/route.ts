import { defineRoute, routeMethods } from "@/lib/api/define-route";
import { listGoals } from "@/lib/goals/list-goals";
import { recordGoal } from "@/lib/goals/record-goal";
import { listGoalsQuerySchema, recordGoalSchema } from "@/lib/goals/schemas";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  GET: defineRoute({ website: "query", query: listGoalsQuerySchema, run: ({ actor, websiteId, query }) => listGoals(actor, websiteId, query) }),
  POST: defineRoute({ website: "query", body: recordGoalSchema, run: ({ actor, websiteId, body }) => recordGoal(actor, websiteId, body) }),
});
