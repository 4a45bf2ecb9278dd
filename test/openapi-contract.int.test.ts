import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { revokeAccountToken } from "@/lib/account-tokens/revoke-account-token";
import { createAlert } from "@/lib/alerts/create-alert";
import { CATALOGUE, errorStatuses, requiredPermission, type ApiOperation } from "@/lib/api/catalogue";
import { createFunnel } from "@/lib/funnels/create-funnel";
import { revokeWebsiteKey } from "@/lib/website-keys/revoke-website-key";
import { rollWebsiteKey } from "@/lib/website-keys/roll-website-key";
import { makeApiWorld, type ApiWorld } from "@/test/api-world";
import {
  asSession,
  makeAccountToken,
  makeTeam,
  makeWebsite,
  makeWebsiteKey,
  uniqueSuffix,
} from "@/test/factories";
import { call } from "@/test/http";
import { observedReplies } from "@/test/openapi-contract";
import { handlerFor, loadRouteModules, urlOf, type RouteModule } from "@/test/route-modules";
import { clearOfWindowEdge } from "./window-edge";

// Every operation answers its success and every error status the OpenAPI document lists for it,
// at least once, each reply validated against the document by test/http.ts. The last test
// proves nothing documented was left unexercised.

type Case = {
  secret?: string;
  params?: Record<string, string>;
  query?: Record<string, string>;
  repeat?: string;
  body?: unknown;
  rawBody?: string;
  ip?: string;
};
type Build = (w: ApiWorld) => Promise<Case>;

// DataFast's step shapes (issue 18): a pageview and a goal step.
const steps = [
  { name: "Visit", type: "pageview" as const, url: "/pricing" },
  { name: "Buy", type: "goal" as const, goalName: "buy" },
];
const alertBody = {
  name: "Signups",
  trigger: { goalName: "signup" },
  template: { message: "Someone signed up." },
};

const funnel = async (w: ApiWorld, name = `Funnel ${uniqueSuffix()}`) =>
  (await createFunnel(asSession(w.owner.id), w.A, { name, steps }))._id;
const alert = async (w: ApiWorld, name = `Alert ${uniqueSuffix()}`) =>
  (await createAlert(asSession(w.owner.id), w.A, { ...alertBody, name }))._id;
const key = async (w: ApiWorld) => (await makeWebsiteKey(w.A, w.owner.id)).key._id;
/** A key of website A rolled with a grace period, so its old secret can be ended. */
const rolledKey = async (w: ApiWorld) => {
  const keyId = await key(w);
  await rollWebsiteKey(asSession(w.owner.id), { websiteId: w.A, keyId, grace: "1h" });
  return keyId;
};
const site = (w: ApiWorld, extra: Record<string, string> = {}) => ({ websiteId: w.A, ...extra });

/** A valid request for each operation, by the owner's `*` token unless said otherwise. */
const SUCCESS: Record<string, Build> = {
  getToken: async (w) => ({ secret: w.secrets.keyA }),
  getAccount: async () => ({}),
  updateAccount: async () => ({ body: { name: "Renamed" } }),
  listAccountTokens: async () => ({}),
  createAccountToken: async () => ({ body: { name: "CLI", permissions: ["goals:read"] } }),
  revokeAccountToken: async (w) => ({ params: { id: (await makeAccountToken(w.owner.id)).token._id } }),
  getAccountTokenUsage: async (w) => ({ params: { id: (await makeAccountToken(w.owner.id)).token._id } }),
  rollAccountToken: async (w) => ({
    params: { id: (await makeAccountToken(w.owner.id)).token._id },
    body: { grace: "1h" },
  }),
  listWebsites: async () => ({}),
  createWebsite: async () => ({ body: { domain: `new-${uniqueSuffix()}.example.com`, timezone: "UTC" } }),
  getWebsite: async (w) => ({ params: site(w) }),
  updateWebsite: async (w) => ({ params: site(w), body: { name: "Shop" } }),
  deleteWebsite: async (w) => ({ params: { websiteId: (await makeWebsite(w.owner.id))._id } }),
  listWebsiteKeys: async (w) => ({ params: site(w) }),
  createWebsiteKey: async (w) => ({ params: site(w), body: { name: "Server" } }),
  rollWebsiteKey: async (w) => ({ params: site(w, { keyId: await key(w) }), body: { grace: "1h" } }),
  expireWebsiteKeyPreviousSecret: async (w) => ({ params: site(w, { keyId: await rolledKey(w) }) }),
  revokeWebsiteKey: async (w) => ({ params: site(w, { keyId: await key(w) }) }),
  setWebsiteKeyAllowedIps: async (w) => ({
    params: site(w, { keyId: await key(w) }),
    body: { allowedIps: ["10.0.0.0/8", "2001:db8::/32"] },
  }),
  getWebsiteKeyUsage: async (w) => ({ params: site(w, { keyId: await key(w) }) }),
  getTokenPolicy: async (w) => ({ params: site(w) }),
  // Permissive on purpose: the world's other requests create tokens reaching website A.
  setTokenPolicy: async (w) => ({
    params: site(w),
    body: { maxLifetimeDays: null, mustExpire: false, allowAllWebsites: true },
  }),
  listTeam: async (w) => ({ params: site(w) }),
  inviteMember: async (w) => ({ params: site(w), body: { email: `new-${uniqueSuffix()}@example.com` } }),
  removeMember: async () => {
    const team = await makeTeam();
    return {
      secret: (await makeAccountToken(team.owner.id)).key,
      params: { websiteId: team.website._id },
      body: { userId: team.viewer.id },
    };
  },
  changeMemberRole: async () => {
    const team = await makeTeam();
    return {
      secret: (await makeAccountToken(team.owner.id)).key,
      params: { websiteId: team.website._id, userId: team.member.id },
      body: { role: "viewer" },
    };
  },
  getOverview: async (w) => ({ query: { websiteId: w.A, startAt: "2026-01-01", endAt: "2026-02-01" } }),
  getTimeseries: async (w) => ({
    query: { websiteId: w.A, fields: "name,visitors,revenue,conversion_rate", interval: "day" },
  }),
  getRealtime: async (w) => ({ secret: w.secrets.keyA }),
  listGoals: async (w) => ({ secret: w.secrets.keyA, query: { limit: "5" } }),
  recordGoal: async (w) => ({
    query: { websiteId: w.A },
    body: { datafast_visitor_id: "v-1", name: "signup", metadata: { plan: "pro" } },
  }),
  listPayments: async (w) => ({ query: { websiteId: w.A } }),
  recordPayment: async (w) => ({
    secret: w.secrets.keyA,
    body: { amount: 29.99, currency: "USD", transaction_id: `tx-${uniqueSuffix()}` },
  }),
  identifyVisitor: async (w) => ({
    query: { websiteId: w.A },
    body: { datafast_visitor_id: "v-1", user_id: "u-1", email: "u1@example.com" },
  }),
  listFunnels: async (w) => ({ params: site(w) }),
  createFunnel: async (w) => ({ params: site(w), body: { name: `Funnel ${uniqueSuffix()}`, steps } }),
  getFunnel: async (w) => ({ params: site(w, { funnelId: await funnel(w) }) }),
  updateFunnel: async (w) => ({
    params: site(w, { funnelId: await funnel(w) }),
    body: { name: `Renamed ${uniqueSuffix()}` },
  }),
  deleteFunnel: async (w) => ({ params: site(w, { funnelId: await funnel(w) }) }),
  listAlerts: async (w) => ({ params: site(w) }),
  createAlert: async (w) => ({ params: site(w), body: { ...alertBody, name: `Alert ${uniqueSuffix()}` } }),
  getAlert: async (w) => ({ params: site(w, { alertId: await alert(w) }) }),
  updateAlert: async (w) => ({ params: site(w, { alertId: await alert(w) }), body: { isEnabled: false } }),
  deleteAlert: async (w) => ({ params: site(w, { alertId: await alert(w) }) }),
  getAlertHistory: async (w) => ({ params: site(w), query: { alertId: await alert(w) } }),
};

/** Requests for the statuses only some operations have: 404 and 409. */
const SPECIFIC: Record<string, Partial<Record<404 | 409, Build>>> = {
  revokeAccountToken: { 404: async () => ({ params: { id: randomUUID() } }) },
  getAccountTokenUsage: { 404: async () => ({ params: { id: randomUUID() } }) },
  getWebsiteKeyUsage: { 404: async (w) => ({ params: site(w, { keyId: randomUUID() }) }) },
  setWebsiteKeyAllowedIps: {
    404: async (w) => ({ params: site(w, { keyId: randomUUID() }), body: { allowedIps: [] } }),
  },
  rollAccountToken: {
    404: async () => ({ params: { id: randomUUID() }, body: {} }),
    409: async (w) => {
      const { token } = await makeAccountToken(w.owner.id);
      await revokeAccountToken(asSession(w.owner.id), token._id);
      return { params: { id: token._id }, body: {} };
    },
  },
  createWebsite: { 409: async (w) => ({ body: { domain: w.website.domain, timezone: "UTC" } }) },
  updateWebsite: {
    409: async (w) => {
      const other = await makeWebsite(w.owner.id);
      return { params: site(w), body: { domain: other.domain } };
    },
  },
  rollWebsiteKey: {
    404: async (w) => ({ params: site(w, { keyId: randomUUID() }), body: {} }),
    409: async (w) => {
      const keyId = await key(w);
      await revokeWebsiteKey(asSession(w.owner.id), { websiteId: w.A, keyId });
      return { params: site(w, { keyId }), body: {} };
    },
  },
  // 409: the key was never rolled, so no grace period runs.
  expireWebsiteKeyPreviousSecret: {
    404: async (w) => ({ params: site(w, { keyId: randomUUID() }) }),
    409: async (w) => ({ params: site(w, { keyId: await key(w) }) }),
  },
  revokeWebsiteKey: { 404: async (w) => ({ params: site(w, { keyId: randomUUID() }) }) },
  inviteMember: { 409: async (w) => ({ params: site(w), body: { email: w.member.email } }) },
  removeMember: {
    404: async (w) => ({ params: site(w), body: { userId: randomUUID() } }),
    409: async (w) => ({ params: site(w), body: { userId: w.owner.id } }),
  },
  changeMemberRole: {
    404: async (w) => ({ params: site(w, { userId: randomUUID() }), body: { role: "viewer" } }),
    409: async (w) => ({ params: site(w, { userId: w.owner.id }), body: { role: "viewer" } }),
  },
  recordPayment: {
    409: async (w) => {
      const transaction_id = `tx-${uniqueSuffix()}`;
      await call(handlers.get("recordPayment")!, {
        method: "POST",
        path: "/api/v1/payments",
        secret: w.secrets.keyA,
        body: { amount: 1, currency: "USD", transaction_id },
      });
      return { secret: w.secrets.keyA, body: { amount: 2, currency: "USD", transaction_id } };
    },
  },
  createFunnel: {
    409: async (w) => {
      const name = `Funnel ${uniqueSuffix()}`;
      await funnel(w, name);
      return { params: site(w), body: { name, steps } };
    },
  },
  getFunnel: { 404: async (w) => ({ params: site(w, { funnelId: randomUUID() }) }) },
  updateFunnel: {
    404: async (w) => ({ params: site(w, { funnelId: randomUUID() }), body: { name: "X" } }),
    409: async (w) => {
      const name = `Funnel ${uniqueSuffix()}`;
      await funnel(w, name);
      return { params: site(w, { funnelId: await funnel(w) }), body: { name } };
    },
  },
  deleteFunnel: { 404: async (w) => ({ params: site(w, { funnelId: randomUUID() }) }) },
  createAlert: {
    409: async (w) => {
      const name = `Alert ${uniqueSuffix()}`;
      await alert(w, name);
      return { params: site(w), body: { ...alertBody, name } };
    },
  },
  getAlert: { 404: async (w) => ({ params: site(w, { alertId: randomUUID() }) }) },
  updateAlert: {
    404: async (w) => ({ params: site(w, { alertId: randomUUID() }), body: { isEnabled: false } }),
    409: async (w) => {
      const name = `Alert ${uniqueSuffix()}`;
      await alert(w, name);
      return { params: site(w, { alertId: await alert(w) }), body: { name } };
    },
  },
  deleteAlert: { 404: async (w) => ({ params: site(w, { alertId: randomUUID() }) }) },
  getAlertHistory: { 404: async (w) => ({ params: site(w), query: { alertId: randomUUID() } }) },
};

let world: ApiWorld;
let modules: RouteModule[];
const handlers = new Map<string, ReturnType<typeof handlerFor>>();
let ipCounter = 0;
const freshIp = () => `198.18.${Math.floor(++ipCounter / 250)}.${(ipCounter % 250) + 1}`;

function send(op: ApiOperation, request: Case) {
  return call(handlers.get(op.id)!, {
    method: op.method,
    path:
      urlOf(op, request.params ?? {}, request.query ?? {}) +
      (request.repeat ? `${request.query ? "&" : "?"}${request.repeat}=1&${request.repeat}=2` : ""),
    params: request.params,
    secret: "secret" in request ? request.secret : world.secrets.owner,
    body: request.body,
    rawBody: request.rawBody,
    headers: {
      "x-forwarded-for": request.ip ?? freshIp(),
      ...(request.rawBody !== undefined ? { "content-type": "application/json" } : {}),
    },
  });
}

/**
 * The success request with one thing spoiled, for the statuses every operation of a shape has.
 * Each is refused before the domain function runs, so it does not matter that the success
 * request already used up what it names (a revoked key, a deleted funnel).
 */
async function generic(op: ApiOperation, status: number, valid: Case): Promise<Case> {
  switch (status) {
    case 400:
      // A repeated query parameter is refused before anything else looks at the request.
      return { ...valid, repeat: "x" };
    case 401:
      return { ...valid, secret: undefined };
    case 403: {
      const other = requiredPermission(op) === "goals:read" ? "payments:read" : "goals:read";
      narrowTokens[other] ??= await world.token(world.owner.id, [other]);
      const query = op.website === "query" ? { ...valid.query, websiteId: world.A } : valid.query;
      return { ...valid, query, secret: narrowTokens[other] };
    }
    case 413:
      return { ...valid, body: undefined, rawBody: JSON.stringify({ name: "x".repeat(70_000) }) };
    case 429:
      return { ...valid, ip: await blockedIp() };
    default:
      throw new Error(`no generic request for ${status}`);
  }
}

// Rate limits count in one-minute windows: an address blocked in this window (by too many
// invalid secrets) gets 429 from every operation until the window ends.
let blocked = { window: -1, ip: "" };
async function blockedIp(): Promise<string> {
  // Blocking and the request that follows must fall in one window.
  await clearOfWindowEdge(60_000, 5_000);
  const window = Math.floor(Date.now() / 60_000);
  if (blocked.window !== window) {
    blocked = { window, ip: `198.51.100.${window % 250}` };
    for (let i = 0; i < 70; i++) await send(CATALOGUE[0]!, { secret: undefined, ip: blocked.ip });
  }
  return blocked.ip;
}
// At most 20 tokens per person: one narrow token per permission, reused.
const narrowTokens: Record<string, string> = {};

beforeAll(async () => {
  world = await makeApiWorld();
  modules = await loadRouteModules();
  for (const op of CATALOGUE) handlers.set(op.id, handlerFor(modules, op));
});

describe("OpenAPI contract", () => {
  it("has a success request for every operation", () => {
    expect(CATALOGUE.map((op) => op.id).filter((id) => !SUCCESS[id])).toEqual([]);
  });

  it.each(CATALOGUE.map((op) => [op.id, op] as const))(
    "%s answers its success and each documented error",
    async (_id, op) => {
      const valid = await SUCCESS[op.id]!(world);
      const success = await send(op, valid);
      expect(success.status).toBe(200);
      for (const status of errorStatuses(op)) {
        const build = SPECIFIC[op.id]?.[status as 404 | 409];
        const reply = await send(op, build ? await build(world) : await generic(op, status, valid));
        expect({ op: op.id, status: reply.status, message: reply.json.error?.message }).toMatchObject({
          op: op.id,
          status,
        });
      }
    },
  );

  it("exercised every documented status of every operation", () => {
    const documented = CATALOGUE.flatMap((op) =>
      [200, ...errorStatuses(op)].map((status) => `${op.id} ${status}`),
    );
    expect(documented.filter((pair) => !observedReplies().has(pair))).toEqual([]);
  });
});
