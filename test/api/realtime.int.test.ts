import { describe, expect, it } from "vitest";
import * as goalsRoute from "@/app/api/v1/goals/route";
import * as realtimeRoute from "@/app/api/v1/analytics/realtime/route";
import { getRealtime } from "@/lib/analytics/get-realtime";
import { db } from "@/lib/db";
import { first, makeApiWorld, request } from "@/test/api-world";
import { actorFor } from "@/test/factories";

// DataFast's `GET /analytics/realtime`: `data[0].visitors`, the people active in the last 5 minutes.

const realtime = (secret: string | undefined, query = "") =>
  request(realtimeRoute.GET, "GET", `/api/v1/analytics/realtime${query}`, { secret });
const MINUTE = 60 * 1000;

describe("GET /api/v1/analytics/realtime", () => {
  it("counts only the visitors seen in the last 5 minutes, each once, from every kind of activity", async () => {
    const w = await makeApiWorld();
    const now = new Date("2026-03-10T12:00:00.000Z");
    const ago = (ms: number) => new Date(now.getTime() - ms);
    await db().event.createMany({
      data: [
        { websiteId: w.A, visitorId: "goal", name: "signup", createdAt: ago(5 * MINUTE) },
        { websiteId: w.A, visitorId: "goal", name: "click", createdAt: ago(MINUTE) },
        { websiteId: w.A, visitorId: "stale", name: "signup", createdAt: ago(5 * MINUTE + 1) },
        { websiteId: w.A, visitorId: "future", name: "signup", createdAt: new Date(now.getTime() + 1) },
        { websiteId: w.B, visitorId: "elsewhere", name: "signup", createdAt: ago(MINUTE) },
      ],
    });
    await db().payment.create({
      data: {
        websiteId: w.A,
        transactionId: "t",
        visitorId: "payer",
        amountMinor: 100n,
        currency: "USD",
        createdAt: ago(2 * MINUTE),
      },
    });
    await db().identity.create({
      data: {
        websiteId: w.A,
        visitorId: "profile",
        userId: "u",
        createdAt: ago(60 * MINUTE),
        updatedAt: now,
      },
    });
    const actor = await actorFor(w.secrets.keyA);
    // goal, payer, profile: not stale (5 min + 1 ms ago), not the future, not website B's.
    expect(await getRealtime(actor, w.A, {}, now)).toEqual({ visitors: 3 });
    // The window slides with the clock: 3 minutes later "future" is in it and the payer (2 min ago
    // then) is on its very edge; a minute more and the payer is out.
    const later = (ms: number) => getRealtime(actor, w.A, {}, new Date(now.getTime() + ms));
    expect(await later(3 * MINUTE)).toEqual({ visitors: 4 });
    expect(await later(3 * MINUTE + 1)).toEqual({ visitors: 3 });
    expect(await later(10 * MINUTE)).toEqual({ visitors: 0 });
  });

  it("answers data[0].visitors over HTTP, counting a goal just recorded", async () => {
    const w = await makeApiWorld();
    expect((await realtime(w.secrets.keyA)).json).toEqual({ status: "success", data: [{ visitors: 0 }] });
    await request(goalsRoute.POST, "POST", "/api/v1/goals", {
      secret: w.secrets.keyA,
      body: { datafast_visitor_id: "now", name: "signup" },
    });
    expect(first(await realtime(w.secrets.keyA))).toEqual({ visitors: 1 });
    expect(first(await realtime(w.secrets.viewer, `?websiteId=${w.A}&fields=visitors`))).toEqual({
      visitors: 1,
    });
  });

  it.each([
    ["an unknown field", "?fields=sessions"],
    ["a range (realtime has none)", "?startAt=2026-03-01&endAt=2026-03-02"],
  ])("400 for %s", async (_label, query) => {
    const w = await makeApiWorld();
    const reply = await realtime(w.secrets.keyA, query);
    expect(reply.status).toBe(400);
    expect(reply.json.error?.code).toBe(400);
  });

  it("a token without analytics:read, out of its allow-list, or an outsider is refused like the overview (403)", async () => {
    const w = await makeApiWorld();
    const goalsOnly = await w.token(w.owner.id, ["goals:read"]);
    const onlyB = await w.token(w.owner.id, ["*"], [w.B]);
    for (const secret of [w.secrets.outsider, goalsOnly, onlyB]) {
      const reply = await realtime(secret, `?websiteId=${w.A}`);
      expect(reply.status).toBe(403);
    }
    expect((await realtime(w.secrets.keyB, `?websiteId=${w.A}`)).status).toBe(403);
    expect((await realtime(w.secrets.owner)).status).toBe(400);
    expect((await realtime(undefined, `?websiteId=${w.A}`)).status).toBe(401);
  });
});
