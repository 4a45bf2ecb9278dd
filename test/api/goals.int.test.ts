import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import * as goalsRoute from "@/app/api/v1/goals/route";
import { db } from "@/lib/db";
import { first, makeApiWorld, request } from "@/test/api-world";

const GOAL_FIELDS = ["_id", "createdAt", "datafast_visitor_id", "metadata", "name", "websiteId"].sort();

const post = (secret: string | undefined, body: unknown, query = "") =>
  request(goalsRoute.POST, "POST", `/api/v1/goals${query}`, { secret, body });
const list = (secret: string | undefined, query = "") =>
  request(goalsRoute.GET, "GET", `/api/v1/goals${query}`, { secret });

describe("POST /api/v1/goals", () => {
  it("records a goal for the key's website in DataFast's shape; the name is normalised", async () => {
    const w = await makeApiWorld();
    const reply = await post(w.secrets.keyA, {
      datafast_visitor_id: "v-1",
      name: "Newsletter Signup",
      metadata: { plan: "pro" },
    });
    expect(reply.status).toBe(200);
    const goal = first(reply);
    expect(goal).toMatchObject({
      message: "Custom event created successfully",
      websiteId: w.A,
      datafast_visitor_id: "v-1",
      name: "newsletter_signup",
      metadata: { plan: "pro" },
    });
    expect(goal.eventId).toBe(goal._id);
    const row = await db().event.findUniqueOrThrow({ where: { id: goal._id as string } });
    expect(row).toMatchObject({
      websiteId: w.A,
      visitorId: "v-1",
      name: "newsletter_signup",
      metadata: { plan: "pro" },
    });
  });

  // A non-id was a 400 until issue 18; now it is refused as a website the caller may not see.
  it("a dft_ token names the website with ?websiteId= (400 without it; a non-id is the 403 of a missing website)", async () => {
    const w = await makeApiWorld();
    const body = { datafast_visitor_id: "v", name: "a" };
    expect((await post(w.secrets.member, body, `?websiteId=${w.A}`)).status).toBe(200);
    expect((await post(w.secrets.member, body)).status).toBe(400);
    const missing = await post(w.secrets.member, body, `?websiteId=${randomUUID()}`);
    expect(missing.status).toBe(403);
    expect((await post(w.secrets.member, body, "?websiteId=not-an-id")).json).toEqual(missing.json);
  });

  it("401 without a secret; 403 for a viewer, an outsider and a token without goals:write; nothing stored", async () => {
    const w = await makeApiWorld();
    const body = { datafast_visitor_id: "v", name: "a" };
    const missing = await request(goalsRoute.POST, "POST", `/api/v1/goals?websiteId=${w.A}`, {
      body,
      headers: { "x-forwarded-for": "198.51.100.70" },
    });
    expect(missing.status).toBe(401);
    const readOnly = await w.token(w.owner.id, ["goals:read", "analytics:read"]);
    for (const secret of [w.secrets.viewer, w.secrets.outsider, readOnly]) {
      const reply = await post(secret, body, `?websiteId=${w.A}`);
      expect(reply.status).toBe(403);
      expect(reply.json).toEqual({ status: "error", error: { code: 403, message: expect.any(String) } });
    }
    expect(await db().event.count({ where: { websiteId: w.A } })).toBe(0);
  });

  it("S25 a df_ key of A naming B (?websiteId=B, an upper-cased id) is refused; nothing lands on either", async () => {
    const w = await makeApiWorld();
    for (const query of [
      `?websiteId=${w.B}`,
      `?websiteId=${w.A.toUpperCase()}`,
      `?websiteId=${encodeURIComponent(w.B)}`,
    ]) {
      expect((await post(w.secrets.keyA, { datafast_visitor_id: "v", name: "a" }, query)).status).toBe(403);
    }
    expect(
      (await post(w.secrets.keyA, { datafast_visitor_id: "v", name: "a" }, `?websiteId=${w.A}`)).status,
    ).toBe(200);
    expect(await db().event.count({ where: { websiteId: w.B } })).toBe(0);
    expect(await db().event.count({ where: { websiteId: w.A } })).toBe(1);
  });

  it.each([
    ["missing visitor", { name: "a" }],
    ["empty visitor", { datafast_visitor_id: " ", name: "a" }],
    ["visitor over 255", { datafast_visitor_id: "v".repeat(256), name: "a" }],
    ["missing name", { datafast_visitor_id: "v" }],
    ["name over 64", { datafast_visitor_id: "v", name: "n".repeat(65) }],
    ["name with <script>", { datafast_visitor_id: "v", name: "<script>" }],
    ["reserved name", { datafast_visitor_id: "v", name: "Identify" }],
    ["name with a newline", { datafast_visitor_id: "v", name: "a\nb" }],
    [
      "11 metadata keys",
      {
        datafast_visitor_id: "v",
        name: "a",
        metadata: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, "x"])),
      },
    ],
    ["metadata value over 255", { datafast_visitor_id: "v", name: "a", metadata: { k: "x".repeat(256) } }],
    ["metadata number value", { datafast_visitor_id: "v", name: "a", metadata: { k: 1 } }],
    ["metadata upper-case key", { datafast_visitor_id: "v", name: "a", metadata: { Plan: "x" } }],
    ["metadata list", { datafast_visitor_id: "v", name: "a", metadata: ["x"] }],
    ["metadata string", { datafast_visitor_id: "v", name: "a", metadata: "plan=pro" }],
    ["unknown field", { datafast_visitor_id: "v", name: "a", websiteId: "x" }],
    ["S58 visitor as a number", { datafast_visitor_id: 12, name: "a" }],
  ])("400 for %s; nothing stored", async (_label, body) => {
    const w = await makeApiWorld();
    const reply = await post(w.secrets.keyA, body);
    expect(reply.status).toBe(400);
    expect(reply.json.error?.code).toBe(400);
    expect(await db().event.count({ where: { websiteId: w.A } })).toBe(0);
  });

  it("S57 a __proto__ metadata key is refused, never merged into a prototype", async () => {
    const w = await makeApiWorld();
    const reply = await request(goalsRoute.POST, "POST", "/api/v1/goals", {
      secret: w.secrets.keyA,
      rawBody: '{"datafast_visitor_id":"v","name":"a","metadata":{"__proto__":{"admin":"yes"}}}',
    });
    expect(reply.status).toBe(400);
    const constructor = await post(w.secrets.keyA, {
      datafast_visitor_id: "v",
      name: "a",
      metadata: { constructor: "x" },
    });
    expect(constructor.status).toBe(400);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    expect(await db().event.count({ where: { websiteId: w.A } })).toBe(0);
  });

  it("405 with Allow for unlisted methods", async () => {
    const w = await makeApiWorld();
    const reply = await request(goalsRoute.DELETE, "DELETE", "/api/v1/goals", { secret: w.secrets.keyA });
    expect(reply.status).toBe(405);
    expect(reply.headers.get("allow")).toBe("GET, POST, OPTIONS");
  });
});

describe("GET /api/v1/goals", () => {
  it("lists the website's goals newest first with DTO fields only; viewers may read", async () => {
    const w = await makeApiWorld();
    for (const name of ["first", "second", "third"])
      await post(w.secrets.keyA, { datafast_visitor_id: "v", name });
    const reply = await list(w.secrets.viewer, `?websiteId=${w.A}`);
    expect(reply.status).toBe(200);
    expect(reply.json.data?.map((goal) => (goal as { name: string }).name)).toEqual([
      "third",
      "second",
      "first",
    ]);
    for (const goal of reply.json.data ?? []) expect(Object.keys(goal as object).sort()).toEqual(GOAL_FIELDS);
  });

  it("S59 ?limit= is clamped to 1…100; anything but a whole number is 400", async () => {
    const w = await makeApiWorld();
    await db().event.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({ websiteId: w.A, visitorId: `v${i}`, name: "bulk" })),
    });
    const count = async (query: string) => (await list(w.secrets.keyA, query)).json.data?.length;
    expect(await count("")).toBe(50);
    expect(await count("?limit=100000")).toBe(100);
    expect(await count(`?limit=${"9".repeat(300)}`)).toBe(100);
    expect(await count("?limit=0")).toBe(1);
    expect(await count("?limit=-5")).toBe(1);
    expect(await count("?limit=7")).toBe(7);
    for (const bad of ["abc", "1.5", "NaN", "1e3", "", "Infinity", "0x10"]) {
      expect((await list(w.secrets.keyA, `?limit=${bad}`)).status, bad).toBe(400);
    }
    expect((await list(w.secrets.keyA, "?limit=1&limit=2")).status).toBe(400);
    expect((await list(w.secrets.keyA, "?offset=2")).status).toBe(400);
  });

  it("S29 a user of another website only sees that website's goals, and is refused on A", async () => {
    const w = await makeApiWorld();
    await post(w.secrets.keyA, { datafast_visitor_id: "v", name: "on_a" });
    const onC = await list(w.secrets.outsider, `?websiteId=${w.C}`);
    expect(onC.status).toBe(200);
    expect(onC.json.data).toEqual([]);
    expect((await list(w.secrets.outsider, `?websiteId=${w.A}`)).status).toBe(403);
    // A's key listing "its" goals with B named: refused; B's key sees B's (none).
    expect((await list(w.secrets.keyA, `?websiteId=${w.B}`)).status).toBe(403);
    expect((await list(w.secrets.keyB)).json.data).toEqual([]);
  });

  it("403 for a token without goals:read and for a token allow-listed elsewhere", async () => {
    const w = await makeApiWorld();
    const analyticsOnly = await w.token(w.owner.id, ["analytics:read"]);
    const onlyB = await w.token(w.owner.id, ["*"], [w.B]);
    expect((await list(analyticsOnly, `?websiteId=${w.A}`)).status).toBe(403);
    expect((await list(onlyB, `?websiteId=${w.A}`)).status).toBe(403);
    expect((await list(onlyB, `?websiteId=${w.B}`)).status).toBe(200);
  });
});
