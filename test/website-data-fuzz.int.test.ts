import { beforeAll, describe, expect, it } from "vitest";
import * as alertRoute from "@/app/api/v1/admin/websites/[websiteId]/alerts/[alertId]/route";
import * as alertsRoute from "@/app/api/v1/admin/websites/[websiteId]/alerts/route";
import * as funnelRoute from "@/app/api/v1/admin/websites/[websiteId]/funnels/[funnelId]/route";
import * as funnelsRoute from "@/app/api/v1/admin/websites/[websiteId]/funnels/route";
import * as overviewRoute from "@/app/api/v1/analytics/overview/route";
import * as goalsRoute from "@/app/api/v1/goals/route";
import * as identifyRoute from "@/app/api/v1/identify/route";
import * as paymentsRoute from "@/app/api/v1/payments/route";
import type { RouteHandler } from "@/lib/api/define-route";
import { db } from "@/lib/db";
import { makeApiWorld, type ApiWorld } from "@/test/api-world";
import { makeAccountToken, makeWebsiteKey } from "@/test/factories";
import { call, type Reply } from "@/test/http";

// S54 (lite): every website-data route × each credential kind, with odd values in every body
// field, every query parameter and every path id, and odd whole bodies. Whatever comes in, the
// answer is never a 5xx, always the envelope, and its code is the HTTP status. (The OpenAPI-
// driven fuzz of S54 proper needs the OpenAPI document, which does not exist yet.)

const ODD_VALUES: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  1e20,
  -1e20,
  Number.MAX_SAFE_INTEGER + 2,
  "",
  " ",
  "NaN",
  "Infinity",
  "-1",
  "1e20",
  "__proto__",
  "constructor",
  "' OR '1'='1' --",
  '"; DROP TABLE "Payment"; --',
  "\u0000",
  "\u202Eevil",
  "\u001b[31mred",
  "<script>alert(1)</script>",
  "x".repeat(10_240),
  "2026-13-45",
  [],
  ["a", "b"],
  {},
  { __proto__: null, nested: { deep: [1, { x: "y" }] } },
];

const ODD_STRINGS = [
  "",
  "NaN",
  "-1",
  "1e20",
  "99999999999999999999999",
  "__proto__",
  "constructor",
  "' OR 1=1 --",
  "%00",
  "%E2%80%AE",
  "<script>",
  "x".repeat(2_000),
  "2026-02-30",
  "0000-00-00",
  "a,b,,c",
  "..%2F..%2Fetc%2Fpasswd",
];

const ODD_RAW_BODIES = [
  "null",
  "[]",
  '"string"',
  "123",
  "true",
  "{",
  '{"__proto__":{"role":"owner"},"constructor":{"prototype":{"admin":true}}}',
  `{"a":${"[".repeat(500)}${"]".repeat(500)}}`,
  JSON.stringify({ filler: "y".repeat(60_000) }),
];

type Ids = { site: string; funnelId: string; alertId: string };
type Route = {
  name: string;
  handler: RouteHandler;
  method: string;
  path: (ids: Ids) => string;
  /** Path parameters Next.js would pass; absent for routes whose website comes from the query. */
  params?: (ids: Ids) => Record<string, string>;
  query?: string[];
  body?: Record<string, unknown>;
};

const websiteQuery = (ids: Ids) => `?websiteId=${ids.site}`;

const ROUTES: Route[] = [
  { name: "GET /analytics/overview", handler: overviewRoute.GET, method: "GET", path: (i) => `/api/v1/analytics/overview${websiteQuery(i)}`, query: ["startAt", "endAt", "timezone", "fields", "websiteId"] },
  { name: "GET /goals", handler: goalsRoute.GET, method: "GET", path: (i) => `/api/v1/goals${websiteQuery(i)}`, query: ["limit", "websiteId"] },
  {
    name: "POST /goals",
    handler: goalsRoute.POST,
    method: "POST",
    path: (i) => `/api/v1/goals${websiteQuery(i)}`,
    body: { datafast_visitor_id: "v", name: "signup", metadata: { plan: "pro" } },
  },
  { name: "GET /payments", handler: paymentsRoute.GET, method: "GET", path: (i) => `/api/v1/payments${websiteQuery(i)}`, query: ["limit", "websiteId"] },
  {
    name: "POST /payments",
    handler: paymentsRoute.POST,
    method: "POST",
    path: (i) => `/api/v1/payments${websiteQuery(i)}`,
    body: { amount: 9.99, currency: "USD", transaction_id: "fuzz", datafast_visitor_id: "v", email: "a@example.com", customer_id: "c", renewal: false },
  },
  {
    name: "POST /identify",
    handler: identifyRoute.POST,
    method: "POST",
    path: (i) => `/api/v1/identify${websiteQuery(i)}`,
    body: { datafast_visitor_id: "v", user_id: "u", name: "N", email: "a@example.com", metadata: { plan: "pro" } },
  },
  { name: "GET funnels", handler: funnelsRoute.GET, method: "GET", path: (i) => `/api/v1/admin/websites/${i.site}/funnels`, params: (i) => ({ websiteId: i.site }) },
  {
    name: "POST funnels",
    handler: funnelsRoute.POST,
    method: "POST",
    path: (i) => `/api/v1/admin/websites/${i.site}/funnels`,
    params: (i) => ({ websiteId: i.site }),
    body: { name: "Fuzz", steps: [{ name: "a", goal: "a" }, { name: "b", goal: "b" }] },
  },
  { name: "GET funnel", handler: funnelRoute.GET, method: "GET", path: (i) => `/api/v1/admin/websites/${i.site}/funnels/${i.funnelId}`, params: (i) => ({ websiteId: i.site, funnelId: i.funnelId }) },
  {
    name: "PUT funnel",
    handler: funnelRoute.PUT,
    method: "PUT",
    path: (i) => `/api/v1/admin/websites/${i.site}/funnels/${i.funnelId}`,
    params: (i) => ({ websiteId: i.site, funnelId: i.funnelId }),
    body: { name: "Fuzzed", steps: [{ name: "a", goal: "a" }, { name: "b", goal: "b" }] },
  },
  { name: "DELETE funnel", handler: funnelRoute.DELETE, method: "DELETE", path: (i) => `/api/v1/admin/websites/${i.site}/funnels/${i.funnelId}`, params: (i) => ({ websiteId: i.site, funnelId: i.funnelId }) },
  { name: "GET alerts", handler: alertsRoute.GET, method: "GET", path: (i) => `/api/v1/admin/websites/${i.site}/alerts`, params: (i) => ({ websiteId: i.site }) },
  {
    name: "POST alerts",
    handler: alertsRoute.POST,
    method: "POST",
    path: (i) => `/api/v1/admin/websites/${i.site}/alerts`,
    params: (i) => ({ websiteId: i.site }),
    body: { name: "Fuzz", metric: "goal", goal: "signup", threshold: 1, comparison: "above", channel: { type: "email", address: "a@example.com" }, enabled: true },
  },
  { name: "GET alert", handler: alertRoute.GET, method: "GET", path: (i) => `/api/v1/admin/websites/${i.site}/alerts/${i.alertId}`, params: (i) => ({ websiteId: i.site, alertId: i.alertId }) },
  {
    name: "PUT alert",
    handler: alertRoute.PUT,
    method: "PUT",
    path: (i) => `/api/v1/admin/websites/${i.site}/alerts/${i.alertId}`,
    params: (i) => ({ websiteId: i.site, alertId: i.alertId }),
    body: { name: "Fuzzed", metric: "goal", goal: "signup", threshold: 2, comparison: "below", channel: { type: "email", address: "b@example.com" }, enabled: false },
  },
  { name: "DELETE alert", handler: alertRoute.DELETE, method: "DELETE", path: (i) => `/api/v1/admin/websites/${i.site}/alerts/${i.alertId}`, params: (i) => ({ websiteId: i.site, alertId: i.alertId }) },
];

type Case = { label: string; path: string; params?: Record<string, string>; body?: unknown; rawBody?: string };

function withQuery(path: string, name: string, value: string): string {
  const url = new URL(path, "http://x");
  url.searchParams.delete(name);
  return `${url.pathname}?${[url.search.slice(1), `${name}=${value}`].filter(Boolean).join("&")}`;
}

/** Every odd variation of one route's request. */
function casesFor(route: Route, ids: Ids): Case[] {
  const path = route.path(ids);
  const params = route.params?.(ids);
  const cases: Case[] = [{ label: "valid", path, params, body: route.body }];
  for (const field of Object.keys(route.body ?? {})) {
    for (const value of ODD_VALUES) {
      cases.push({ label: `${field}=${JSON.stringify(value)?.slice(0, 30)}`, path, params, body: { ...route.body, [field]: value } });
    }
  }
  if (route.body) {
    for (const raw of ODD_RAW_BODIES) cases.push({ label: `raw ${raw.slice(0, 30)}`, path, params, rawBody: raw });
    cases.push({ label: "extra field", path, params, body: { ...route.body, role: "owner", digest: "00", revokedAt: null } });
  }
  for (const name of route.query ?? []) {
    for (const value of ODD_STRINGS) cases.push({ label: `?${name}=${value.slice(0, 30)}`, path: withQuery(path, name, encodeURIComponent(value)), params });
    cases.push({ label: `?${name} twice`, path: `${withQuery(path, name, "a")}&${name}=b`, params });
  }
  for (const name of Object.keys(params ?? {})) {
    for (const value of ODD_STRINGS) cases.push({ label: `:${name}=${value.slice(0, 30)}`, path, params: { ...params, [name]: value } });
  }
  return cases;
}

const KINDS = ["dft_ *", "df_ of A"] as const;
type Kind = (typeof KINDS)[number];

describe("S54 fuzz: website-data routes × credential kinds never answer 5xx", () => {
  let world: ApiWorld;
  let ids: Ids;
  beforeAll(async () => {
    world = await makeApiWorld();
    const funnel = await db().funnel.create({ data: { websiteId: world.A, name: "Existing", steps: [{ name: "a", goal: "a" }, { name: "b", goal: "b" }] } });
    const alert = await db().alert.create({ data: { websiteId: world.A, name: "Existing", metric: "visitors", threshold: 1, comparison: "above", address: "a@example.com" } });
    ids = { site: world.A, funnelId: funnel.id, alertId: alert.id };
  });

  // Secrets shared round-robin by the routes keep each well under the per-secret quota (S63)
  // and the website's cap of 10 keys.
  const POOL = 8;
  const pools: Record<Kind, string[]> = { "dft_ *": [], "df_ of A": [] };
  beforeAll(async () => {
    for (let i = 0; i < POOL; i++) {
      pools["dft_ *"].push((await makeAccountToken(world.owner.id)).key);
      pools["df_ of A"].push((await makeWebsiteKey(world.A, world.owner.id)).secret);
    }
  });

  ROUTES.forEach((route, index) => {
    for (const kind of KINDS) {
      it(`S54 ${route.name} with ${kind}`, async () => {
        const secret = pools[kind][index % POOL]!;
        const failures: string[] = [];
        for (const c of casesFor(route, ids)) {
          let reply: Reply;
          try {
            reply = await call(route.handler, {
              method: route.method,
              path: c.path,
              secret,
              params: c.params,
              body: c.body,
              rawBody: c.rawBody,
              headers: c.rawBody !== undefined ? { "content-type": "application/json" } : undefined,
            });
          } catch (error) {
            failures.push(`${c.label}: threw ${(error as Error).message}`);
            continue;
          }
          const envelope = reply.status === 200 ? reply.json.status === "success" && Array.isArray(reply.json.data) : reply.json.error?.code === reply.status;
          if (reply.status >= 500 || !envelope) failures.push(`${c.label}: ${reply.status} ${JSON.stringify(reply.json).slice(0, 160)}`);
          if (![200, 400, 403, 404, 409, 413].includes(reply.status)) failures.push(`${c.label}: unexpected ${reply.status}`);
          // The unaltered request is accepted (404/409 once an earlier kind deleted or took the name).
          if (c.label === "valid" && ![200, 404, 409].includes(reply.status)) failures.push(`valid: ${reply.status} ${reply.json.error?.message}`);
        }
        expect(failures).toEqual([]);
      });
    }
  });

  it("S57 prototype keys in bodies change nothing outside the request", () => {
    expect(({} as Record<string, unknown>).role).toBeUndefined();
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });
});
