import { describe, expect, it } from "vitest";
import * as identifyRoute from "@/app/api/v1/identify/route";
import { db } from "@/lib/db";
import { first, makeApiWorld, request } from "@/test/api-world";
import { asSession } from "@/test/factories";
import { race } from "@/test/race";
import { identifyVisitor } from "@/lib/identify/identify-visitor";

const post = (secret: string | undefined, body: unknown, query = "") =>
  request(identifyRoute.POST, "POST", `/api/v1/identify${query}`, { secret, body });

describe("POST /api/v1/identify", () => {
  it("creates a profile for the visitor, then updates the same one (upsert on website + visitor)", async () => {
    const w = await makeApiWorld();
    const created = await post(w.secrets.keyA, {
      datafast_visitor_id: "v-1",
      user_id: "user_1",
      name: "Jane",
      email: "jane@example.com",
      metadata: { plan: "pro" },
    });
    expect(created.status).toBe(200);
    const profile = first(created);
    expect(profile).toMatchObject({
      message: "User profile created successfully",
      websiteId: w.A,
      datafast_visitor_id: "v-1",
      user_id: "user_1",
      name: "Jane",
      email: "jane@example.com",
      metadata: { plan: "pro" },
    });
    expect(profile.profileId).toBe(profile._id);

    // Left-out fields are kept; sent ones replace (metadata as a whole).
    const updated = first(
      await post(
        w.secrets.owner,
        { datafast_visitor_id: "v-1", user_id: "user_2", metadata: { plan: "team" } },
        `?websiteId=${w.A}`,
      ),
    );
    expect(updated).toMatchObject({
      _id: profile._id,
      message: "User profile updated successfully",
      user_id: "user_2",
      name: "Jane",
      email: "jane@example.com",
      metadata: { plan: "team" },
    });
    expect(await db().identity.count({ where: { websiteId: w.A } })).toBe(1);
  });

  it("one visitor has a profile per website", async () => {
    const w = await makeApiWorld();
    await post(w.secrets.keyA, { datafast_visitor_id: "v", user_id: "u" });
    await post(w.secrets.keyB, { datafast_visitor_id: "v", user_id: "u" });
    expect(await db().identity.count({ where: { visitorId: "v", websiteId: { in: [w.A, w.B] } } })).toBe(2);
  });

  it("concurrent identifies of one visitor leave exactly one profile", async () => {
    const w = await makeApiWorld();
    const actor = asSession(w.member.id);
    const calls = Array.from(
      { length: 4 },
      (_, i) => () => identifyVisitor(actor, w.A, { datafast_visitor_id: "race", user_id: `user_${i}` }),
    );
    const results = await race({ table: "Website", id: w.A, waiters: 4 }, calls);
    expect(results.map((r) => r.status)).toEqual(Array(4).fill("fulfilled"));
    expect(await db().identity.count({ where: { websiteId: w.A, visitorId: "race" } })).toBe(1);
  });

  it.each([
    ["missing user_id", { datafast_visitor_id: "v" }],
    ["missing visitor", { user_id: "u" }],
    ["user_id over 255", { datafast_visitor_id: "v", user_id: "u".repeat(256) }],
    ["S58 user_id as a number", { datafast_visitor_id: "v", user_id: 42 }],
    ["invalid email", { datafast_visitor_id: "v", user_id: "u", email: "@" }],
    ["name with ANSI escape", { datafast_visitor_id: "v", user_id: "u", name: "\u001b[31mred" }],
    ["metadata with a number", { datafast_visitor_id: "v", user_id: "u", metadata: { age: 3 } }],
    ["top-level profile field (strict body)", { datafast_visitor_id: "v", user_id: "u", plan: "pro" }],
    ["image (not supported)", { datafast_visitor_id: "v", user_id: "u", image: "https://example.com/a.png" }],
  ])("400 for %s; nothing stored", async (_label, body) => {
    const w = await makeApiWorld();
    expect((await post(w.secrets.keyA, body)).status).toBe(400);
    expect(await db().identity.count({ where: { websiteId: w.A } })).toBe(0);
  });

  it("401 without a secret; 403 for a viewer, an outsider, a token without identify:write and a df_ key naming B", async () => {
    const w = await makeApiWorld();
    const body = { datafast_visitor_id: "v", user_id: "u" };
    expect(
      (
        await request(identifyRoute.POST, "POST", `/api/v1/identify?websiteId=${w.A}`, {
          body,
          headers: { "x-forwarded-for": "198.51.100.72" },
        })
      ).status,
    ).toBe(401);
    const goalsOnly = await w.token(w.owner.id, ["goals:write"]);
    for (const secret of [w.secrets.viewer, w.secrets.outsider, goalsOnly])
      expect((await post(secret, body, `?websiteId=${w.A}`)).status).toBe(403);
    expect((await post(w.secrets.keyA, body, `?websiteId=${w.B}`)).status).toBe(403);
    expect(await db().identity.count({ where: { websiteId: { in: [w.A, w.B] } } })).toBe(0);
  });

  it("405 for GET (nothing to list here)", async () => {
    const w = await makeApiWorld();
    const reply = await request(identifyRoute.GET, "GET", "/api/v1/identify", { secret: w.secrets.keyA });
    expect(reply.status).toBe(405);
    expect(reply.headers.get("allow")).toBe("POST, OPTIONS");
  });
});
