import "server-only";
import { z } from "zod";

// The policy action's and the REST routes' schemas; the form imports only their types.

/** The longest maximum lifetime an owner may set: the tokens' own 10-year bound. */
const MAX_LIFETIME_DAYS = 3650;

export const tokenPolicySchema = z
  .object({
    maxLifetimeDays: z
      .int({ error: "Enter a whole number of days, or leave it empty." })
      .min(1, "Allow at least 1 day.")
      .max(MAX_LIFETIME_DAYS, `Allow at most ${MAX_LIFETIME_DAYS} days.`)
      .nullable()
      .meta({ description: "Longest lifetime of a token reaching the website, in days; null: no limit." }),
    mustExpire: z.boolean().meta({ description: "Whether tokens reaching the website must expire." }),
    allowAllWebsites: z.boolean().meta({
      description: "Whether tokens for all of their person's websites (`websiteIds: []`) may reach it.",
    }),
  })
  .strict();
export type TokenPolicyInput = z.input<typeof tokenPolicySchema>;

/** The policy as it leaves the server: a website without one answers the defaults. */
export const tokenPolicyDtoSchema = tokenPolicySchema.extend({
  websiteId: z.uuid(),
  updatedAt: z.iso.datetime().nullable().meta({ description: "Null: never set (no policy)." }),
});
export type TokenPolicyDto = z.output<typeof tokenPolicyDtoSchema>;

/** A live token reaching the website that its policy would refuse today. */
export type PolicyViolation = {
  tokenId: string;
  name: string;
  displayKey: string;
  person: { _id: string; name: string };
  reason: string;
};
