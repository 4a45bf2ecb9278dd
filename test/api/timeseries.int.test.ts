import { describe, expect, it } from "vitest";
import * as goalsRoute from "@/app/api/v1/goals/route";
import * as timeseriesRoute from "@/app/api/v1/analytics/timeseries/route";
import { getTimeseries } from "@/lib/analytics/get-timeseries";
import { timeseriesQuerySchema, type TimeseriesQuery } from "@/lib/analytics/timeseries-schemas";
import { db } from "@/lib/db";
import { makeApiWorld, request } from "@/test/api-world";
import { actorFor } from "@/test/factories";
import type { Reply } from "@/test/http";

// DataFast's `GET /analytics/timeseries`: one row per bucket, its totals and pagination in the
// envelope beside `data`.

type Row = Record<string, unknown> & { timestamp: string; name: string };
type Series = {
  status: string;
  data: Row[];
  fields: string[];
  interval: string;
  timezone: string;
  currency: string;
  startAt: string;
  endAt: string;
  totals: Record<string, number>;
  pagination: { limit: number; offset: number; total: number };
};

const timeseries = (secret: string | undefined, query: string) =>
  request(timeseriesRoute.GET, "GET", `/api/v1/analytics/timeseries?${query}`, { secret });
const series = (reply: Reply): Series => {
  expect(reply.status, JSON.stringify(reply.json)).toBe(200);
  return reply.json as unknown as Series;
};
const at = (iso: string) => new Date(iso);

async function goals(websiteId: string, rows: [visitor: string, iso: string][]) {
  await db().event.createMany({
    data: rows.map(([visitorId, iso]) => ({ websiteId, visitorId, name: "signup", createdAt: at(iso) })),
  });
}

async function payment(
  websiteId: string,
  id: string,
  visitorId: string,
  minor: bigint,
  iso: string,
  currency = "USD",
) {
  await db().payment.create({
    data: { websiteId, transactionId: id, visitorId, amountMinor: minor, currency, createdAt: at(iso) },
  });
}

/** The domain function at a fixed `now`, for the default windows. */
async function seriesAt(secret: string, websiteId: string, query: Record<string, string>, now: Date) {
  const input: TimeseriesQuery = timeseriesQuerySchema.parse(query);
  return getTimeseries(await actorFor(secret), websiteId, input, now);
}

describe("GET /api/v1/analytics/timeseries", () => {
  it.each([
    ["fields is missing", "interval=day", /^fields: Choose fields among name, visitors/],
    [
      "interval is missing",
      "fields=visitors",
      /^interval: interval is required: choose hour, day, week, month/,
    ],
    ["an unknown interval", "fields=visitors&interval=year", /^interval: /],
    ["an unknown field", "fields=visitors,bounce_rate&interval=day", /^fields: Choose fields among/],
    [
      "only startAt",
      "fields=visitors&interval=day&startAt=2026-03-01",
      /^endAt: Give both startAt and endAt/,
    ],
    ["only endAt", "fields=visitors&interval=day&endAt=2026-03-01", /^endAt: Give both startAt and endAt/],
    ["a negative offset", "fields=visitors&interval=day&offset=-1", /^offset: /],
    ["a limit in words", "fields=visitors&interval=day&limit=ten", /^limit: /],
    ["an unknown timezone", "fields=visitors&interval=day&timezone=Mars%2FOlympus", /^timezone: /],
    ["over 366 days", "fields=visitors&interval=month&startAt=2024-01-01&endAt=2025-01-01", /366 days/],
  ])("400 with a clear message when %s", async (_label, query, message) => {
    const w = await makeApiWorld();
    const reply = await timeseries(w.secrets.keyA, query);
    expect(reply.status).toBe(400);
    expect(reply.json).toEqual({
      status: "error",
      error: { code: 400, message: expect.stringMatching(message) },
    });
  });

  it("by day: one row per local day, empty days as zeros, totals over the range, DataFast's envelope", async () => {
    const w = await makeApiWorld();
    await goals(w.A, [
      ["v1", "2026-03-01T10:00:00Z"],
      ["v1", "2026-03-01T11:00:00Z"],
      ["v2", "2026-03-01T23:59:59.999Z"],
      ["v1", "2026-03-03T00:00:00Z"],
      ["out", "2026-02-28T23:59:59.999Z"],
      ["out", "2026-03-04T00:00:00Z"],
    ]);
    await payment(w.A, "p1", "v1", 2999n, "2026-03-03T08:00:00Z");
    await payment(w.A, "p2", "v2", 500n, "2026-03-03T09:00:00Z", "EUR");
    const reply = series(
      await timeseries(
        w.secrets.keyA,
        "fields=name,visitors,sessions,revenue,conversion_rate&interval=day&startAt=2026-03-01&endAt=2026-03-03",
      ),
    );
    expect(reply).toEqual({
      status: "success",
      fields: ["name", "visitors", "sessions", "revenue", "conversion_rate", "payments"],
      interval: "day",
      timezone: "UTC",
      currency: "USD",
      startAt: "2026-03-01T00:00:00.000Z",
      endAt: "2026-03-04T00:00:00.000Z",
      // Sessions: v1 and v2 on the 1st, both again on the 3rd (v2 through its payment).
      totals: { visitors: 2, sessions: 4, revenue: 29.99, conversion_rate: 100, payments: 2 },
      pagination: { limit: 100, offset: 0, total: 3 },
      data: [
        {
          timestamp: "2026-03-01T00:00:00Z",
          name: "01 Mar",
          visitors: 2,
          sessions: 2,
          revenue: 0,
          conversion_rate: 0,
          payments: 0,
        },
        {
          timestamp: "2026-03-02T00:00:00Z",
          name: "02 Mar",
          visitors: 0,
          sessions: 0,
          revenue: 0,
          conversion_rate: 0,
          payments: 0,
        },
        // v2 paid in EUR: a payment, not USD revenue; both visitors paid more than zero.
        {
          timestamp: "2026-03-03T00:00:00Z",
          name: "03 Mar",
          visitors: 2,
          sessions: 2,
          revenue: 29.99,
          conversion_rate: 100,
          payments: 2,
        },
      ],
    });
  });

  it("?fields= selects what each row and the totals carry; name and timestamp always come", async () => {
    const w = await makeApiWorld();
    await goals(w.A, [["v1", "2026-03-01T10:00:00Z"]]);
    const range = "interval=day&startAt=2026-03-01&endAt=2026-03-01";
    const visitors = series(await timeseries(w.secrets.keyA, `fields=visitors&${range}`));
    expect(visitors.fields).toEqual(["visitors"]);
    expect(visitors.data).toEqual([{ timestamp: "2026-03-01T00:00:00Z", name: "01 Mar", visitors: 1 }]);
    expect(visitors.totals).toEqual({ visitors: 1 });
    const sessions = series(await timeseries(w.secrets.keyA, `fields=sessions,conversion_rate&${range}`));
    expect(sessions.data).toEqual([
      { timestamp: "2026-03-01T00:00:00Z", name: "01 Mar", sessions: 1, conversion_rate: 0 },
    ]);
    expect(sessions.totals).toEqual({ sessions: 1, conversion_rate: 0 });
  });

  it("by hour: 24 local hours by default, the current one last", async () => {
    const w = await makeApiWorld();
    const now = at("2026-03-10T12:34:56.789Z");
    await goals(w.A, [
      ["v1", "2026-03-10T12:00:00Z"],
      ["v2", "2026-03-10T12:34:56.789Z"],
      ["v3", "2026-03-09T13:00:00Z"],
      ["old", "2026-03-09T12:59:59.999Z"],
    ]);
    const { data, envelope } = await seriesAt(
      w.secrets.keyA,
      w.A,
      { fields: "visitors", interval: "hour" },
      now,
    );
    expect(envelope).toMatchObject({
      startAt: "2026-03-09T13:00:00.000Z",
      endAt: "2026-03-10T12:34:56.790Z",
      pagination: { total: 24 },
      totals: { visitors: 3 },
    });
    expect(data).toHaveLength(24);
    expect(data[0]).toEqual({ timestamp: "2026-03-09T13:00:00Z", name: "09 Mar 13:00", visitors: 1 });
    expect(data[23]).toEqual({ timestamp: "2026-03-10T12:00:00Z", name: "10 Mar 12:00", visitors: 2 });
    expect(data.slice(1, 23).every((row) => row.visitors === 0)).toBe(true);
  });

  it("by day: the last 30 local days by default, today included", async () => {
    const w = await makeApiWorld();
    const now = at("2026-03-10T12:00:00Z");
    await goals(w.A, [
      ["first", "2026-02-09T00:00:00Z"],
      ["today", "2026-03-10T11:00:00Z"],
      ["old", "2026-02-08T23:59:59.999Z"],
    ]);
    const { data, envelope } = await seriesAt(
      w.secrets.keyA,
      w.A,
      { fields: "visitors", interval: "day" },
      now,
    );
    expect(envelope).toMatchObject({ startAt: "2026-02-09T00:00:00.000Z", pagination: { total: 30 } });
    expect(envelope.totals).toEqual({ visitors: 2 });
    expect(data.map((row) => row.name).slice(0, 2)).toEqual(["09 Feb", "10 Feb"]);
    expect(data.at(-1)).toEqual({ timestamp: "2026-03-10T00:00:00Z", name: "10 Mar", visitors: 1 });
  });

  it("by week: Monday buckets over the last 30 days by default, the first from its Monday", async () => {
    const w = await makeApiWorld();
    // Tuesday 2026-03-10: 29 days before is Monday 2026-02-09, so the window starts there.
    const now = at("2026-03-10T12:00:00Z");
    await goals(w.A, [
      ["a", "2026-02-09T00:00:00Z"],
      ["b", "2026-02-15T23:59:59Z"],
      ["c", "2026-02-16T00:00:00Z"],
      ["d", "2026-03-10T10:00:00Z"],
    ]);
    const { data, envelope } = await seriesAt(
      w.secrets.keyA,
      w.A,
      { fields: "visitors", interval: "week" },
      now,
    );
    expect(envelope).toMatchObject({ startAt: "2026-02-09T00:00:00.000Z", pagination: { total: 5 } });
    expect(data).toEqual([
      { timestamp: "2026-02-09T00:00:00Z", name: "09 Feb", visitors: 2 },
      { timestamp: "2026-02-16T00:00:00Z", name: "16 Feb", visitors: 1 },
      { timestamp: "2026-02-23T00:00:00Z", name: "23 Feb", visitors: 0 },
      { timestamp: "2026-03-02T00:00:00Z", name: "02 Mar", visitors: 0 },
      { timestamp: "2026-03-09T00:00:00Z", name: "09 Mar", visitors: 1 },
    ]);
    // Wednesday 2026-03-11: 29 days before is Tuesday 2026-02-10; its week starts Monday 02-09.
    const later = await seriesAt(
      w.secrets.keyA,
      w.A,
      { fields: "visitors", interval: "week" },
      at("2026-03-11T12:00:00Z"),
    );
    expect(later.envelope.startAt).toBe("2026-02-09T00:00:00.000Z");
  });

  it("by month: the current month and the 11 before it by default", async () => {
    const w = await makeApiWorld();
    const now = at("2026-03-10T12:00:00Z");
    await goals(w.A, [
      ["a", "2025-04-01T00:00:00Z"],
      ["b", "2025-04-30T23:59:59Z"],
      ["c", "2026-03-01T00:00:00Z"],
      ["old", "2025-03-31T23:59:59.999Z"],
    ]);
    const { data, envelope } = await seriesAt(
      w.secrets.keyA,
      w.A,
      { fields: "visitors", interval: "month" },
      now,
    );
    expect(envelope).toMatchObject({ startAt: "2025-04-01T00:00:00.000Z", pagination: { total: 12 } });
    expect(data.map((row) => row.name)).toEqual([
      "Apr 2025",
      "May 2025",
      "Jun 2025",
      "Jul 2025",
      "Aug 2025",
      "Sep 2025",
      "Oct 2025",
      "Nov 2025",
      "Dec 2025",
      "Jan 2026",
      "Feb 2026",
      "Mar 2026",
    ]);
    expect(data[0]).toEqual({ timestamp: "2025-04-01T00:00:00Z", name: "Apr 2025", visitors: 2 });
    expect(data[11]).toMatchObject({ visitors: 1 });
  });

  it("buckets in +05:30: local midnights, their offset in the timestamp", async () => {
    const w = await makeApiWorld();
    await db().website.update({ where: { id: w.A }, data: { timezone: "Asia/Kolkata" } });
    // 18:29:59 UTC is 23:59:59 on the 1st in Kolkata; 18:30 UTC is already the 2nd.
    await goals(w.A, [
      ["a", "2026-03-01T18:29:59Z"],
      ["b", "2026-03-01T18:30:00Z"],
    ]);
    const reply = series(
      await timeseries(w.secrets.keyA, "fields=visitors&interval=day&startAt=2026-03-01&endAt=2026-03-02"),
    );
    expect(reply).toMatchObject({ timezone: "Asia/Kolkata", startAt: "2026-02-28T18:30:00.000Z" });
    expect(reply.data).toEqual([
      { timestamp: "2026-03-01T00:00:00+05:30", name: "01 Mar", visitors: 1 },
      { timestamp: "2026-03-02T00:00:00+05:30", name: "02 Mar", visitors: 1 },
    ]);
    // The same rows in UTC fall on one day.
    const utc = series(
      await timeseries(
        w.secrets.keyA,
        "fields=visitors&interval=day&startAt=2026-03-01&endAt=2026-03-01&timezone=UTC",
      ),
    );
    expect(utc.data).toEqual([{ timestamp: "2026-03-01T00:00:00Z", name: "01 Mar", visitors: 2 }]);
    // Hours in +05:30 start at :30 UTC.
    const hours = series(
      await timeseries(
        w.secrets.keyA,
        "fields=visitors&interval=hour&startAt=2026-03-01T17:30:00Z&endAt=2026-03-01T19:29:59.999Z",
      ),
    );
    expect(hours.data).toEqual([
      { timestamp: "2026-03-01T23:00:00+05:30", name: "01 Mar 23:00", visitors: 1 },
      { timestamp: "2026-03-02T00:00:00+05:30", name: "02 Mar 00:00", visitors: 1 },
    ]);
  });

  it("across daylight saving: New York's 23-hour day and its hours, offsets changing at 2 a.m.", async () => {
    const w = await makeApiWorld();
    await db().website.update({ where: { id: w.A }, data: { timezone: "America/New_York" } });
    // 2026-03-08: clocks go from 02:00 EST (07:00 UTC) to 03:00 EDT.
    await goals(w.A, [
      ["a", "2026-03-08T05:00:00Z"], // 00:00 EST, the day's first instant
      ["b", "2026-03-08T06:59:59Z"], // 01:59:59 EST
      ["c", "2026-03-08T07:00:00Z"], // 03:00 EDT
      ["d", "2026-03-09T03:59:59Z"], // 23:59:59 EDT, the day's last second
      ["e", "2026-03-09T04:00:00Z"], // the 9th
    ]);
    const days = series(
      await timeseries(w.secrets.keyA, "fields=visitors&interval=day&startAt=2026-03-08&endAt=2026-03-09"),
    );
    expect(days.data).toEqual([
      { timestamp: "2026-03-08T00:00:00-05:00", name: "08 Mar", visitors: 4 },
      { timestamp: "2026-03-09T00:00:00-04:00", name: "09 Mar", visitors: 1 },
    ]);
    const hours = series(
      await timeseries(
        w.secrets.keyA,
        "fields=visitors&interval=hour&startAt=2026-03-08T05:00:00Z&endAt=2026-03-08T07:59:59Z",
      ),
    );
    // No 02:00 bucket: that hour does not exist in New York that day.
    expect(hours.data).toEqual([
      { timestamp: "2026-03-08T00:00:00-05:00", name: "08 Mar 00:00", visitors: 1 },
      { timestamp: "2026-03-08T01:00:00-05:00", name: "08 Mar 01:00", visitors: 1 },
      { timestamp: "2026-03-08T03:00:00-04:00", name: "08 Mar 03:00", visitors: 1 },
    ]);
  });

  it("limit and offset page through the buckets; pagination.total counts them all", async () => {
    const w = await makeApiWorld();
    await goals(w.A, [
      ["a", "2026-01-03T10:00:00Z"],
      ["b", "2026-01-04T10:00:00Z"],
    ]);
    const range = "fields=visitors&interval=day&startAt=2026-01-01&endAt=2026-01-10";
    const page = series(await timeseries(w.secrets.keyA, `${range}&limit=2&offset=2`));
    expect(page.pagination).toEqual({ limit: 2, offset: 2, total: 10 });
    expect(page.data).toEqual([
      { timestamp: "2026-01-03T00:00:00Z", name: "03 Jan", visitors: 1 },
      { timestamp: "2026-01-04T00:00:00Z", name: "04 Jan", visitors: 1 },
    ]);
    // Totals cover the range, not the page.
    const last = series(await timeseries(w.secrets.keyA, `${range}&limit=3&offset=9`));
    expect(last.data.map((row) => row.name)).toEqual(["10 Jan"]);
    expect(last.totals).toEqual({ visitors: 2 });
    const past = series(await timeseries(w.secrets.keyA, `${range}&offset=10`));
    expect(past).toMatchObject({ data: [], pagination: { limit: 100, offset: 10, total: 10 } });
    // The limit is clamped to 1…1000, like the lists' limit.
    const many = series(
      await timeseries(
        w.secrets.keyA,
        "fields=visitors&interval=hour&startAt=2026-01-01&endAt=2026-03-01&limit=5000",
      ),
    );
    expect(many.pagination).toEqual({ limit: 1000, offset: 0, total: 60 * 24 });
    expect(many.data).toHaveLength(1000);
    expect(many.data[999]!.timestamp).toBe("2026-02-11T15:00:00Z");
    expect(series(await timeseries(w.secrets.keyA, `${range}&limit=0`)).data).toHaveLength(1);
  });

  it("counts what the API just recorded (a goal through POST /goals shows in the next reply)", async () => {
    const w = await makeApiWorld();
    const before = series(await timeseries(w.secrets.keyA, "fields=visitors&interval=hour"));
    expect(before.totals).toEqual({ visitors: 0 });
    await request(goalsRoute.POST, "POST", "/api/v1/goals", {
      secret: w.secrets.keyA,
      body: { datafast_visitor_id: "live", name: "signup" },
    });
    const after = series(await timeseries(w.secrets.keyA, "fields=visitors&interval=hour"));
    expect(after.totals).toEqual({ visitors: 1 });
    expect(after.data.at(-1)).toMatchObject({ visitors: 1 });
  });

  it("a token without analytics:read, out of its allow-list, or an outsider is refused like the overview (403)", async () => {
    const w = await makeApiWorld();
    const goalsOnly = await w.token(w.owner.id, ["goals:read"]);
    const onlyB = await w.token(w.owner.id, ["*"], [w.B]);
    const query = `fields=visitors&interval=day&websiteId=${w.A}`;
    for (const secret of [w.secrets.outsider, goalsOnly, onlyB, w.secrets.keyB]) {
      const reply = await timeseries(secret, query);
      expect(reply.status).toBe(403);
      expect(reply.json.error?.code).toBe(403);
    }
    const missing = await timeseries(
      w.secrets.owner,
      "fields=visitors&interval=day&websiteId=00000000-0000-4000-8000-000000000000",
    );
    expect(missing.json).toEqual((await timeseries(w.secrets.outsider, query)).json);
    // A viewer's analytics:read token reads; a dft_ token must name the website.
    expect((await timeseries(w.secrets.viewer, query)).status).toBe(200);
    expect((await timeseries(w.secrets.owner, "fields=visitors&interval=day")).status).toBe(400);
    expect((await timeseries(undefined, query)).status).toBe(401);
  });
});
