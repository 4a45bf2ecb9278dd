import "server-only";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { requireWebsiteAccess } from "@/lib/websites/website-access";
import { headlineMetrics } from "./aggregate";
import { cachedOverview } from "./overview-cache";
import { reportWebsite } from "./report-website";
import { resolveRange } from "./resolve-range";
import {
  OVERVIEW_FIELDS,
  overviewQuerySchema,
  parseOverviewFields,
  type Overview,
  type OverviewField,
  type OverviewQuery,
} from "./schemas";

/** The overview for a website the actor may read analytics of; see {@link Overview}. */
export async function getOverview(
  actor: Actor,
  websiteId: string,
  query: OverviewQuery = {},
  now = new Date(),
): Promise<Overview> {
  const input = overviewQuerySchema.parse(query);
  await requireWebsiteAccess(db(), actor, websiteId, "analytics.read");
  return cachedOverview(websiteId, input, now, () => computeOverview(websiteId, input, now));
}

async function computeOverview(websiteId: string, input: OverviewQuery, now: Date): Promise<Overview> {
  const website = await reportWebsite(websiteId);
  const timezone = input.timezone ?? website.timezone;
  const { start, end } = resolveRange(input, timezone, now);
  const metrics = await headlineMetrics(
    websiteId,
    { start: start.toISOString(), end: end.toISOString() },
    timezone,
    website,
  );
  const fields: readonly OverviewField[] =
    (input.fields !== undefined ? parseOverviewFields(input.fields) : null) ?? OVERVIEW_FIELDS;
  return {
    startAt: start.toISOString(),
    endAt: end.toISOString(),
    timezone,
    ...Object.fromEntries(fields.map((field) => [field, metrics[field]])),
  };
}
