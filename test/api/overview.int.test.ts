import { describe, expect, it } from "vitest";
import * as overviewRoute from "@/app/api/v1/analytics/overview/route";
import * as goalsRoute from "@/app/api/v1/goals/route";
import * as identifyRoute from "@/app/api/v1/identify/route";
import * as paymentsRoute from "@/app/api/v1/payments/route";
import { db } from "@/lib/db";
import { updateWebsite } from "@/lib/websites/update-website";
import { first, makeApiWorld, request } from "@/test/api-world";
import { actorFor, asSession } from "@/test/factories";
import { getOverview } from "@/lib/analytics/get-overview";

const overview = (secret: string | undefined, query = "") =>
  request(overviewRoute.GET, "GET", `/api/v1/analytics/overview${query}`, { secret });
const at = (iso: string) => new Date(iso);

/**
 * Known rows on a UTC website, March 2026, and what the overview must say about them:
 * - v1: goals on 03-02 (twice) and 03-05; payments 29.99 USD (03-05) and 10 USD (03-20)
 * - v2: a goal on 03-10; a profile created in January, updated 03-10 (same day: one session)
 * - v5: only a payment, 5 EUR (03-15); v6: only a 0 USD payment (a free trial, 03-17)
 * - v7: a profile created 03-12; a payment of 100 USD without a visitor (03-16)
 * - outside the range: v3 (02-28 23:59:59.999), v4 (04-01 00:00), v8 (profile in January),
 *   a 50 USD payment on 04-02
 */
async function seedMarch(websiteId: string) {
  await db().event.createMany({
    data: [
      { websiteId, visitorId: "v1", name: "signup", createdAt: at("2026-03-02T10:00:00Z") },
      { websiteId, visitorId: "v1", name: "click", createdAt: at("2026-03-02T15:00:00Z") },
      { websiteId, visitorId: "v1", name: "click", createdAt: at("2026-03-05T09:00:00Z") },
      { websiteId, visitorId: "v2", name: "signup", createdAt: at("2026-03-10T12:00:00Z") },
      { websiteId, visitorId: "v3", name: "signup", createdAt: at("2026-02-28T23:59:59.999Z") },
      { websiteId, visitorId: "v4", name: "signup", createdAt: at("2026-04-01T00:00:00Z") },
    ],
  });
  await db().payment.createMany({
    data: [
      {
        websiteId,
        transactionId: "p1",
        amountMinor: 2999n,
        currency: "USD",
        visitorId: "v1",
        createdAt: at("2026-03-05T10:00:00Z"),
      },
      {
        websiteId,
        transactionId: "p2",
        amountMinor: 1000n,
        currency: "USD",
        visitorId: "v1",
        createdAt: at("2026-03-20T10:00:00Z"),
      },
      {
        websiteId,
        transactionId: "p3",
        amountMinor: 500n,
        currency: "EUR",
        visitorId: "v5",
        createdAt: at("2026-03-15T10:00:00Z"),
      },
      {
        websiteId,
        transactionId: "p4",
        amountMinor: 10000n,
        currency: "USD",
        createdAt: at("2026-03-16T10:00:00Z"),
      },
      {
        websiteId,
        transactionId: "p5",
        amountMinor: 0n,
        currency: "USD",
        visitorId: "v6",
        createdAt: at("2026-03-17T10:00:00Z"),
      },
      {
        websiteId,
        transactionId: "p6",
        amountMinor: 5000n,
        currency: "USD",
        visitorId: "v1",
        createdAt: at("2026-04-02T10:00:00Z"),
      },
    ],
  });
  await db().identity.createMany({
    data: [
      {
        websiteId,
        visitorId: "v2",
        userId: "u2",
        createdAt: at("2026-01-01T10:00:00Z"),
        updatedAt: at("2026-03-10T18:00:00Z"),
      },
      {
        websiteId,
        visitorId: "v7",
        userId: "u7",
        createdAt: at("2026-03-12T10:00:00Z"),
        updatedAt: at("2026-03-12T10:00:00Z"),
      },
      {
        websiteId,
        visitorId: "v8",
        userId: "u8",
        createdAt: at("2026-01-05T10:00:00Z"),
        updatedAt: at("2026-01-05T10:00:00Z"),
      },
    ],
  });
}

const MARCH = "?startAt=2026-03-01&endAt=2026-03-31";

describe("GET /api/v1/analytics/overview", () => {
  it("tells the truth about known stored rows", async () => {
    const w = await makeApiWorld();
    await seedMarch(w.A);
    const reply = await overview(w.secrets.keyA, MARCH);
    expect(reply.status).toBe(200);
    expect(reply.json.data).toEqual([
      {
        startAt: "2026-03-01T00:00:00.000Z",
        endAt: "2026-04-01T00:00:00.000Z",
        timezone: "UTC",
        visitors: 5, // v1 v2 v5 v6 v7
        sessions: 7, // v1 on 03-02, 03-05, 03-20; v2 03-10; v5 03-15; v6 03-17; v7 03-12
        goals: 4,
        payments: 5,
        paying_visitors: 2, // v1 and v5 (v6 paid 0; p4 has no visitor)
        currency: "USD",
        revenue: 139.99, // 29.99 + 10 + 100 + 0, USD only
        revenue_per_visitor: 28, // 139.99 / 5 = 27.998
        conversion_rate: 40, // 2 of 5 visitors, as a percentage
        other_currencies: [{ currency: "EUR", revenue: 5, payments: 1 }],
      },
    ]);
  });

  it("instants bound the range to the millisecond (endAt included)", async () => {
    const w = await makeApiWorld();
    await seedMarch(w.A);
    const data = first(
      await overview(w.secrets.keyA, "?startAt=2026-02-28T23:59:59.999Z&endAt=2026-03-02T10:00:00Z"),
    );
    expect(data).toMatchObject({
      startAt: "2026-02-28T23:59:59.999Z",
      endAt: "2026-03-02T10:00:00.001Z",
      visitors: 2,
      goals: 2,
      sessions: 2,
    });
  });

  it("counts the website's days in its timezone (or ?timezone=), also for sessions", async () => {
    const w = await makeApiWorld();
    await db().website.update({ where: { id: w.A }, data: { timezone: "America/New_York" } });
    // 12:00 UTC and 02:00 UTC the next day are both 2026-03-02 in New York (UTC−5).
    await db().event.createMany({
      data: [
        { websiteId: w.A, visitorId: "v", name: "a", createdAt: at("2026-03-02T12:00:00Z") },
        { websiteId: w.A, visitorId: "v", name: "a", createdAt: at("2026-03-03T02:00:00Z") },
      ],
    });
    const local = first(await overview(w.secrets.keyA, "?startAt=2026-03-02&endAt=2026-03-02"));
    expect(local).toMatchObject({
      startAt: "2026-03-02T05:00:00.000Z",
      endAt: "2026-03-03T05:00:00.000Z",
      timezone: "America/New_York",
      goals: 2,
      sessions: 1,
    });
    const utc = first(await overview(w.secrets.keyA, "?startAt=2026-03-02&endAt=2026-03-03&timezone=UTC"));
    expect(utc).toMatchObject({
      startAt: "2026-03-02T00:00:00.000Z",
      endAt: "2026-03-04T00:00:00.000Z",
      goals: 2,
      sessions: 2,
    });
    // Daylight saving starts on 2026-03-08 in New York: that local day lasts 23 hours.
    const dst = first(await overview(w.secrets.keyA, "?startAt=2026-03-08&endAt=2026-03-08"));
    expect(dst).toMatchObject({ startAt: "2026-03-08T05:00:00.000Z", endAt: "2026-03-09T04:00:00.000Z" });
  });

  it("defaults to the last 30 days", async () => {
    const w = await makeApiWorld();
    const day = 24 * 60 * 60 * 1000;
    await db().event.createMany({
      data: [
        { websiteId: w.A, visitorId: "recent", name: "a", createdAt: new Date(Date.now() - 1 * day) },
        { websiteId: w.A, visitorId: "old", name: "a", createdAt: new Date(Date.now() - 31 * day) },
      ],
    });
    const data = first(await overview(w.secrets.keyA));
    expect(data).toMatchObject({ visitors: 1, goals: 1 });
    expect(Date.parse(data.endAt as string) - Date.parse(data.startAt as string)).toBe(30 * day + 1);
  });

  it("counts what the API just recorded: goals, payments and identify, end to end", async () => {
    const w = await makeApiWorld();
    const key = w.secrets.keyA;
    await request(goalsRoute.POST, "POST", "/api/v1/goals", {
      secret: key,
      body: { datafast_visitor_id: "a", name: "signup" },
    });
    await request(goalsRoute.POST, "POST", "/api/v1/goals", {
      secret: key,
      body: { datafast_visitor_id: "b", name: "signup" },
    });
    await request(identifyRoute.POST, "POST", "/api/v1/identify", {
      secret: key,
      body: { datafast_visitor_id: "c", user_id: "u" },
    });
    await request(paymentsRoute.POST, "POST", "/api/v1/payments", {
      secret: key,
      body: { amount: 49, currency: "USD", transaction_id: "t", datafast_visitor_id: "a" },
    });
    // A repeated payment is the same payment: counted once.
    await request(paymentsRoute.POST, "POST", "/api/v1/payments", {
      secret: key,
      body: { amount: 49, currency: "USD", transaction_id: "t", datafast_visitor_id: "a" },
    });
    const data = first(await overview(w.secrets.viewer, `?websiteId=${w.A}`));
    expect(data).toMatchObject({
      visitors: 3,
      sessions: 3,
      goals: 2,
      payments: 1,
      paying_visitors: 1,
      revenue: 49,
      conversion_rate: 33.33,
      revenue_per_visitor: 16.33,
    });
  });

  it("each write through the API shows in the very next overview, between reads too", async () => {
    const w = await makeApiWorld();
    const key = w.secrets.keyA;
    for (let i = 1; i <= 3; i++) {
      await request(goalsRoute.POST, "POST", "/api/v1/goals", {
        secret: key,
        body: { datafast_visitor_id: `v${i}`, name: "signup" },
      });
      expect(first(await overview(key))).toMatchObject({ visitors: i, goals: i });
    }
    await request(paymentsRoute.POST, "POST", "/api/v1/payments", {
      secret: key,
      body: { amount: 5, currency: "USD", transaction_id: "t1", datafast_visitor_id: "v1" },
    });
    expect(first(await overview(key))).toMatchObject({ payments: 1, revenue: 5 });
    await request(identifyRoute.POST, "POST", "/api/v1/identify", {
      secret: key,
      body: { datafast_visitor_id: "v9", user_id: "u9" },
    });
    expect(first(await overview(key))).toMatchObject({ visitors: 4 });
    await updateWebsite(asSession(w.owner.id), w.A, { currency: "EUR" });
    expect(first(await overview(key))).toMatchObject({ currency: "EUR", revenue: 0 });
  });

  it("a write this process did not make (another instance's) shows within the 5-second window", async () => {
    const w = await makeApiWorld();
    const actor = await actorFor(w.secrets.keyA);
    const now = new Date("2026-03-10T12:00:00.000Z");
    const query = { startAt: "2026-03-01", endAt: "2026-03-31" };
    expect(await getOverview(actor, w.A, query, now)).toMatchObject({ goals: 0 });
    await db().event.create({
      data: { websiteId: w.A, visitorId: "elsewhere", name: "signup", createdAt: now },
    });
    expect(await getOverview(actor, w.A, query, new Date(now.getTime() + 4_999))).toMatchObject({ goals: 0 });
    expect(await getOverview(actor, w.A, query, new Date(now.getTime() + 5_000))).toMatchObject({ goals: 1 });
  });

  it("an empty website answers zeros, not NaN", async () => {
    const w = await makeApiWorld();
    expect(first(await overview(w.secrets.keyA))).toMatchObject({
      visitors: 0,
      sessions: 0,
      goals: 0,
      payments: 0,
      revenue: 0,
      revenue_per_visitor: 0,
      conversion_rate: 0,
      other_currencies: [],
    });
  });

  it("?fields= selects metrics (the range is always given); an unknown field is 400", async () => {
    const w = await makeApiWorld();
    await seedMarch(w.A);
    const data = first(await overview(w.secrets.keyA, `${MARCH}&fields=visitors,revenue,conversion_rate`));
    expect(data).toEqual({
      startAt: expect.any(String),
      endAt: expect.any(String),
      timezone: "UTC",
      visitors: 5,
      revenue: 139.99,
      conversion_rate: 40,
    });
    expect((await overview(w.secrets.keyA, "?fields=visitors,bounce")).status).toBe(400);
    expect((await overview(w.secrets.keyA, "?fields=")).status).toBe(400);
  });

  it.each([
    ["a 100-year range", "?startAt=2000-01-01&endAt=2100-01-01"],
    ["367 days", "?startAt=2024-01-01&endAt=2025-01-01"],
    ["367 days of instants", "?startAt=2024-01-01T00:00:00Z&endAt=2025-01-01T01:00:01Z"],
    ["only startAt", "?startAt=2026-03-01"],
    ["only endAt", "?endAt=2026-03-01"],
    ["endAt before startAt", "?startAt=2026-03-02&endAt=2026-03-01"],
    ["a day that does not exist", "?startAt=2026-02-30&endAt=2026-03-01"],
    ["before 1970", "?startAt=1969-12-31&endAt=1970-01-02"],
    ["year 10000", "?startAt=9999-12-31&endAt=10000-01-01"],
    ["a local timestamp without offset", "?startAt=2026-03-01T00:00:00&endAt=2026-03-02T00:00:00"],
    ["words", "?startAt=yesterday&endAt=today"],
    ["SQL-looking text", "?startAt=2026-03-01'%3B%20DROP%20TABLE%20%22Event%22--&endAt=2026-03-02"],
    ["an unknown timezone", "?timezone=Mars%2FOlympus"],
    ["an unknown parameter", "?interval=day"],
    ["a repeated parameter", "?startAt=2026-03-01&startAt=2026-03-02&endAt=2026-03-03"],
  ])("S59/S56 400 for %s", async (_label, query) => {
    const w = await makeApiWorld();
    const reply = await overview(w.secrets.keyA, query);
    expect(reply.status).toBe(400);
    expect(reply.json).toEqual({ status: "error", error: { code: 400, message: expect.any(String) } });
  });

  it("S59 exactly 366 days (a leap year) is allowed", async () => {
    const w = await makeApiWorld();
    expect((await overview(w.secrets.keyA, "?startAt=2024-01-01&endAt=2024-12-31")).status).toBe(200);
  });

  // A non-id was a 400 until issue 18; now it is refused as a website the caller may not see.
  it("a dft_ token must name the website: 400 without ?websiteId=, a non-id is the 403 of a missing website", async () => {
    const w = await makeApiWorld();
    expect((await overview(w.secrets.owner)).status).toBe(400);
    const missing = await overview(w.secrets.owner, "?websiteId=00000000-0000-4000-8000-000000000000");
    expect(missing.status).toBe(403);
    expect((await overview(w.secrets.owner, "?websiteId=1%20OR%201=1")).json).toEqual(missing.json);
    expect((await overview(w.secrets.owner, `?websiteId=${w.A}`)).status).toBe(200);
  });

  it("401 without a secret or with a bad one", async () => {
    const w = await makeApiWorld();
    const headers = { "x-forwarded-for": "198.51.100.73" };
    expect(
      (await request(overviewRoute.GET, "GET", `/api/v1/analytics/overview?websiteId=${w.A}`, { headers }))
        .status,
    ).toBe(401);
    expect(
      (await request(overviewRoute.GET, "GET", "/api/v1/analytics/overview", { secret: "df_nope", headers }))
        .status,
    ).toBe(401);
  });

  it("403 for an outsider, a token without analytics:read, an allow-list elsewhere; same as a missing website", async () => {
    const w = await makeApiWorld();
    const goalsOnly = await w.token(w.owner.id, ["goals:read"]);
    const onlyB = await w.token(w.owner.id, ["*"], [w.B]);
    for (const secret of [w.secrets.outsider, goalsOnly, onlyB]) {
      const reply = await overview(secret, `?websiteId=${w.A}`);
      expect(reply.status).toBe(403);
      expect(reply.json.error?.code).toBe(403);
    }
    const outsider = await overview(w.secrets.outsider, `?websiteId=${w.A}`);
    const missing = await overview(w.secrets.owner, "?websiteId=00000000-0000-4000-8000-000000000000");
    expect(missing.json).toEqual(outsider.json);
  });

  it("S25 a df_ key of A naming B (or an upper-cased A) is refused; its own website stays its own", async () => {
    const w = await makeApiWorld();
    expect((await overview(w.secrets.keyA, `?websiteId=${w.B}`)).status).toBe(403);
    expect((await overview(w.secrets.keyA, `?websiteId=${w.A.toUpperCase()}`)).status).toBe(403);
    expect((await overview(w.secrets.keyA, `?websiteId=${w.A}`)).status).toBe(200);
  });

  it("S29 another website's user reads only their own numbers, never A's", async () => {
    const w = await makeApiWorld();
    await seedMarch(w.A);
    const own = first(await overview(w.secrets.outsider, `${MARCH}&websiteId=${w.C}`));
    expect(own).toMatchObject({ visitors: 0, goals: 0, payments: 0, revenue: 0 });
    const fromKeyB = first(await overview(w.secrets.keyB, MARCH));
    expect(fromKeyB).toMatchObject({ visitors: 0, goals: 0, payments: 0 });
  });

  it("405 with Allow for POST", async () => {
    const w = await makeApiWorld();
    const reply = await request(overviewRoute.POST, "POST", "/api/v1/analytics/overview", {
      secret: w.secrets.keyA,
      body: {},
    });
    expect(reply.status).toBe(405);
    expect(reply.headers.get("allow")).toBe("GET, OPTIONS");
  });
});
