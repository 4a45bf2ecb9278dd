import "server-only";
import type { z } from "zod";
import type { Operation as AccessOperation } from "@/lib/access";
import { alertHistoryEnvelopeSchema } from "@/lib/alerts/alert-history";
import { alertDtoSchema, alertLogDtoSchema } from "@/lib/alerts/dto";
import {
  ALERT_LIMIT,
  alertHistoryQuerySchema,
  createAlertSchema,
  updateAlertSchema,
} from "@/lib/alerts/schemas";
import { alertParams, funnelParams, websiteParams } from "@/lib/api/params";
import { funnelDtoSchema } from "@/lib/funnels/dto";
import { createFunnelSchema, updateFunnelSchema } from "@/lib/funnels/schemas";
import { deletedSchema } from "./common";
import { defineOperation, type ApiTag } from "./operation";

// Funnels and alerts: configuration stored per website, addressed by path, with the same five
// operations each (list, create, read, change, delete).

type ItemSpec<I extends string, C, U, R> = {
  tag: ApiTag;
  /** Singular and plural nouns: "funnel", "funnels". */
  noun: [string, string];
  collection: string;
  idParam: I;
  itemParams: z.ZodType<{ websiteId: string } & Record<I, string>>;
  access: { read: AccessOperation; write: AccessOperation };
  create: { summary: string; description?: string; body: z.ZodType<C> };
  update: { description?: string; body: z.ZodType<U> };
  remove?: { description: string };
  response: z.ZodType<R>;
};

function configurationOperations<I extends string, C, U, R>(spec: ItemSpec<I, C, U, R>) {
  const [one, many] = spec.noun;
  const Name = one[0]!.toUpperCase() + one.slice(1);
  const base = { tag: spec.tag, website: "path" } as const;
  const collectionPath = `/admin/websites/{websiteId}/${spec.collection}`;
  const itemPath = `${collectionPath}/{${spec.idParam}}`;
  const item = { ...base, path: itemPath, params: spec.itemParams };
  return {
    list: defineOperation({
      ...base,
      id: `list${Name}s`,
      method: "GET",
      path: collectionPath,
      summary: `List ${many}`,
      access: spec.access.read,
      params: websiteParams,
      response: spec.response,
      list: true,
    }),
    create: defineOperation({
      ...base,
      id: `create${Name}`,
      method: "POST",
      path: collectionPath,
      ...spec.create,
      access: spec.access.write,
      params: websiteParams,
      response: spec.response,
      errors: [409],
    }),
    get: defineOperation({
      ...item,
      id: `get${Name}`,
      method: "GET",
      summary: `Read ${article(one)}`,
      access: spec.access.read,
      response: spec.response,
      errors: [404],
    }),
    update: defineOperation({
      ...item,
      id: `update${Name}`,
      method: "PUT",
      summary: `Change ${article(one)}`,
      ...spec.update,
      access: spec.access.write,
      response: spec.response,
      errors: [404, 409],
    }),
    remove: defineOperation({
      ...item,
      id: `delete${Name}`,
      method: "DELETE",
      summary: `Delete ${article(one)}`,
      ...spec.remove,
      access: spec.access.write,
      response: deletedSchema,
      errors: [404],
    }),
  };
}

function article(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

export const funnels = configurationOperations({
  tag: "Funnels",
  noun: ["funnel", "funnels"],
  collection: "funnels",
  idParam: "funnelId",
  itemParams: funnelParams,
  access: { read: "funnels.read", write: "funnels.write" },
  create: {
    summary: "Create a funnel of 2–8 steps",
    description:
      "DataFast's funnel: each step is a pageview (`url`) or a goal (`goalName`, as POST /goals records it). The slug is derived from the name; a name an active funnel of the website already uses is a 409.",
    body: createFunnelSchema,
  },
  update: {
    description:
      "Partial: a missing field keeps its value (a name alone renames, and the slug follows); `steps` replaces the whole list (2–8). A deleted funnel is a 404.",
    body: updateFunnelSchema,
  },
  remove: {
    description:
      "A soft delete, as DataFast's: the funnel becomes inactive, is no longer listed and answers 404 from then on; its name may be used again.",
  },
  response: funnelDtoSchema,
});

export const alerts = configurationOperations({
  tag: "Alerts",
  noun: ["alert", "alerts"],
  collection: "alerts",
  idParam: "alertId",
  itemParams: alertParams,
  access: { read: "alerts.read", write: "alerts.write" },
  create: {
    summary: "Create an email alert on a goal",
    description: `DataFast's alert: when the goal \`trigger.goalName\` (as POST /goals records it) is recorded and the alert is enabled, \`template.message\` is emailed to the website's owner and the send is logged. At most ${ALERT_LIMIT} alerts per website: the next one is a 403.`,
    body: createAlertSchema,
  },
  update: {
    description:
      "Partial: only the fields sent change; in `template`, a missing message or subject keeps its value. A trigger turns one of Keyward's older threshold alerts into a goal alert.",
    body: updateAlertSchema,
  },
  response: alertDtoSchema,
});

export const alertHistory = defineOperation({
  tag: "Alerts",
  website: "path",
  id: "getAlertHistory",
  method: "GET",
  path: "/admin/websites/{websiteId}/alerts/history",
  summary: "Recent alert sends",
  description:
    "Newest first, `limit` of them (default 50, clamped to 1–100); `counts` covers every send before the limit. An `alertId` that names no alert of the website is a 404.",
  access: "alerts.read",
  params: websiteParams,
  query: alertHistoryQuerySchema,
  response: alertLogDtoSchema,
  envelope: alertHistoryEnvelopeSchema,
  list: true,
  errors: [404],
});

export const CONFIGURATION_OPERATIONS = [...Object.values(funnels), ...Object.values(alerts), alertHistory];
