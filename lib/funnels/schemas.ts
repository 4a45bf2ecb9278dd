import "server-only";
import { z } from "zod";
import { displayNameSchema, goalNameSchema } from "@/lib/tracking/schemas";
import { printable } from "@/lib/validation/text";

// Funnels (DataFast's shape): an ordered path of 2–8 steps, each a pageview (`url`, a page path
// or URL) or a goal (`goalName`, a goal name as POST /goals records it). Keyward's older step
// shape `{name, goal}` is still accepted and read as a goal step. Shared by the REST routes and
// any future dashboard form.

/** At most this many active funnels per website. */
export const FUNNEL_LIMIT = 50;
export const MIN_FUNNEL_STEPS = 2;
/** DataFast's limit on creates and updates; funnels stored before it may have up to 10 (read as they are). */
export const MAX_FUNNEL_STEPS = 8;
/** DataFast's limit on a funnel step's goal name (POST /goals records up to 64). */
export const MAX_FUNNEL_GOAL_NAME = 32;
export const MAX_FUNNEL_URL = 512;

export const FUNNEL_STEP_TYPES = ["pageview", "goal"] as const;

/** A goal name normalised exactly as POST /goals normalises it, then at most 32 characters. */
export const funnelGoalNameSchema = goalNameSchema
  .refine((name) => name.length <= MAX_FUNNEL_GOAL_NAME, `Use at most ${MAX_FUNNEL_GOAL_NAME} characters.`)
  .meta({
    description: `A goal name as POST /goals records it (lower-cased, spaces become _), then a-z 0-9 _ - : only, at most ${MAX_FUNNEL_GOAL_NAME} characters`,
    examples: ["signup"],
  });

/** A pageview step's page: a path (`/pricing`) or an absolute http(s) URL. */
export const funnelUrlSchema = printable(
  z
    .string({ error: "url must be a string." })
    .trim()
    .min(1, "Enter the page's url.")
    .max(MAX_FUNNEL_URL, `Use at most ${MAX_FUNNEL_URL} characters.`),
)
  .refine(
    (url) => url.startsWith("/") || /^https?:\/\/\S+$/i.test(url),
    "url is a page path (/pricing) or an http(s) URL.",
  )
  .meta({ description: "A page path (/pricing) or an absolute http(s) URL", examples: ["/pricing"] });

/** A step as stored and answered (its id is the server's). */
export type FunnelStep =
  | { id: string; name: string; type: "pageview"; url: string }
  | { id: string; name: string; type: "goal"; goalName: string };
/** A step as a client sends it (no id yet). */
export type FunnelStepInput =
  { name: string; type: "pageview"; url: string } | { name: string; type: "goal"; goalName: string };

const stepFields = z
  .object({
    name: displayNameSchema,
    type: z.enum(FUNNEL_STEP_TYPES, { error: 'type must be "pageview" or "goal".' }).optional(),
    url: funnelUrlSchema.optional(),
    goalName: funnelGoalNameSchema.optional(),
    goal: funnelGoalNameSchema.optional().meta({
      description:
        'Keyward\'s older goal step `{name, goal}`: read as `{name, type: "goal", goalName: goal}`',
    }),
  })
  .strict();

export const funnelStepSchema = stepFields
  .superRefine((step, ctx) => {
    const issue = (message: string, path: string) => ctx.addIssue({ code: "custom", message, path: [path] });
    if (step.type === undefined) {
      if (step.goal === undefined)
        issue('Each step needs a type: "pageview" (with url) or "goal" (with goalName).', "type");
      else if (step.url !== undefined || step.goalName !== undefined)
        issue(
          'A step with goal (Keyward\'s older shape) has neither url nor goalName; use type "goal" with goalName.',
          "goal",
        );
      return;
    }
    if (step.goal !== undefined) issue("Use goalName, not goal, with a type.", "goal");
    if (step.type === "goal") {
      if (step.goalName === undefined) issue("A goal step needs goalName.", "goalName");
      if (step.url !== undefined) issue("A goal step has no url.", "url");
    } else {
      if (step.url === undefined) issue("A pageview step needs url.", "url");
      if (step.goalName !== undefined) issue("A pageview step has no goalName.", "goalName");
    }
  })
  .transform((step): FunnelStepInput => {
    if (step.type === "pageview") return { name: step.name, type: "pageview", url: step.url! };
    return { name: step.name, type: "goal", goalName: (step.goalName ?? step.goal)! };
  })
  .meta({
    description:
      'DataFast\'s step: `{name, type: "pageview", url}` or `{name, type: "goal", goalName}`. Keyward\'s older `{name, goal}` is read as a goal step.',
  });

export const funnelStepsSchema = z
  .array(funnelStepSchema, { error: "steps must be a list of {name, type, url | goalName}." })
  .min(MIN_FUNNEL_STEPS, `A funnel has at least ${MIN_FUNNEL_STEPS} steps.`)
  .max(MAX_FUNNEL_STEPS, `A funnel has at most ${MAX_FUNNEL_STEPS} steps.`);

export const createFunnelSchema = z.object({ name: displayNameSchema, steps: funnelStepsSchema }).strict();
export type CreateFunnelInput = z.input<typeof createFunnelSchema>;

/** PUT: the fields to change (a missing field keeps its value; `steps` replaces the whole list). */
export const updateFunnelSchema = createFunnelSchema.partial().strict();
export type UpdateFunnelInput = z.input<typeof updateFunnelSchema>;
