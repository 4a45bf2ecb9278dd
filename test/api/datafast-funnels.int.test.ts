import { describe, expect, it } from "vitest";
import * as goalsRoute from "@/app/api/v1/goals/route";
import * as funnelRoute from "@/app/api/v1/admin/websites/[websiteId]/funnels/[funnelId]/route";
import * as funnelsRoute from "@/app/api/v1/admin/websites/[websiteId]/funnels/route";
import { db } from "@/lib/db";
import { FUNNEL_NAME_TAKEN_MESSAGE, FUNNEL_NOT_FOUND_MESSAGE } from "@/lib/funnels/messages";
import { first, makeApiWorld, request, type ApiWorld } from "@/test/api-world";

// DataFast's funnels, field for field (SPEC §6, issue 18): what a script written only from
// DataFast's per-endpoint documentation sends and reads. Each test is named after the endpoint;
// every reply is also checked against the OpenAPI document (test/http.ts).

const UUID = expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const DATAFAST_STEPS = [
  { name: "Visit pricing", type: "pageview", url: "/pricing" },
  { name: "Signed up", type: "goal", goalName: "signup" },
];

const path = (site: string, funnelId?: string) =>
  `/api/v1/admin/websites/${site}/funnels${funnelId ? `/${funnelId}` : ""}`;
const create = (w: ApiWorld, body: unknown, secret = w.secrets.owner) =>
  request(funnelsRoute.POST, "POST", path(w.A), { secret, body, params: { websiteId: w.A } });
const list = (w: ApiWorld) =>
  request(funnelsRoute.GET, "GET", path(w.A), { secret: w.secrets.owner, params: { websiteId: w.A } });
const one = (w: ApiWorld, method: "GET" | "PUT" | "DELETE", funnelId: string, body?: unknown) =>
  request(funnelRoute[method], method, path(w.A, funnelId), {
    secret: w.secrets.owner,
    body,
    params: { websiteId: w.A, funnelId },
  });
const steps = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ name: `Step ${i + 1}`, type: "goal", goalName: `g${i + 1}` }));

async function created(w: ApiWorld, name: string, body: Record<string, unknown> = {}) {
  const reply = await create(w, { name, steps: DATAFAST_STEPS, ...body });
  expect(reply.status).toBe(200);
  return first<{ _id: string; slug: string; steps: { id: string }[] }>(reply);
}

describe("DataFast's funnels (SPEC §6)", () => {
  it("POST /admin/websites/{id}/funnels creates {_id, websiteId, name, slug, steps[{id, name, type, url | goalName}], isActive, createdAt}", async () => {
    const w = await makeApiWorld();
    const reply = await create(w, { name: "Signup funnel", steps: DATAFAST_STEPS });
    expect(reply.status).toBe(200);
    const funnel = first(reply);
    expect(funnel).toEqual({
      _id: UUID,
      websiteId: w.A,
      name: "Signup funnel",
      slug: "signup-funnel",
      steps: [
        { id: UUID, name: "Visit pricing", type: "pageview", url: "/pricing" },
        // `goal` is Keyward's older name for goalName, kept beside it (a superset).
        { id: UUID, name: "Signed up", type: "goal", goalName: "signup", goal: "signup" },
      ],
      isActive: true,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(new Set((funnel.steps as { id: string }[]).map((step) => step.id)).size).toBe(2);
  });

  it("POST /admin/websites/{id}/funnels accepts 8 steps and refuses 9 (400, nothing stored)", async () => {
    const w = await makeApiWorld();
    expect((await create(w, { name: "Eight", steps: steps(8) })).status).toBe(200);
    const nine = await create(w, { name: "Nine", steps: steps(9) });
    expect(nine.status).toBe(400);
    expect(nine.json.error?.message).toBe("steps: A funnel has at most 8 steps.");
    expect((await create(w, { name: "One", steps: steps(1) })).status).toBe(400);
    expect(await db().funnel.count({ where: { websiteId: w.A } })).toBe(1);
  });

  it("POST /admin/websites/{id}/funnels: a goal step needs goalName, a pageview step needs url (400)", async () => {
    const w = await makeApiWorld();
    const refused = async (step: Record<string, unknown>, message: string) => {
      const reply = await create(w, { name: "f", steps: [step, DATAFAST_STEPS[0]] });
      expect(reply.status).toBe(400);
      expect(reply.json.error?.message).toBe(message);
    };
    await refused({ name: "a", type: "goal" }, "steps.0.goalName: A goal step needs goalName.");
    await refused(
      { name: "a", type: "goal", url: "/x", goalName: "x" },
      "steps.0.url: A goal step has no url.",
    );
    await refused({ name: "a", type: "pageview" }, "steps.0.url: A pageview step needs url.");
    await refused(
      { name: "a", type: "pageview", url: "/x", goalName: "x" },
      "steps.0.goalName: A pageview step has no goalName.",
    );
    await refused(
      { name: "a", type: "click", url: "/x" },
      'steps.0.type: type must be "pageview" or "goal".',
    );
    await refused(
      { name: "a", url: "/x" },
      'steps.0.type: Each step needs a type: "pageview" (with url) or "goal" (with goalName).',
    );
    await refused(
      { name: "a", type: "pageview", url: "javascript:alert(1)" },
      "steps.0.url: url is a page path (/pricing) or an http(s) URL.",
    );
    expect(await db().funnel.count({ where: { websiteId: w.A } })).toBe(0);
  });

  it("POST /admin/websites/{id}/funnels: goalName is [a-z0-9_:-]{1,32}, normalised as POST /goals records goal names", async () => {
    const w = await makeApiWorld();
    // The goal a script records: POST /goals lower-cases it and turns spaces into _.
    const goal = await request(goalsRoute.POST, "POST", "/api/v1/goals", {
      secret: w.secrets.keyA,
      body: { datafast_visitor_id: "v-1", name: " Checkout Started " },
    });
    expect(first(goal).name).toBe("checkout_started");
    const funnel = await created(w, "Checkout", {
      steps: [
        { name: "Started", type: "goal", goalName: " Checkout Started " },
        { name: "Plan", type: "goal", goalName: "plan:pro-yearly" },
      ],
    });
    expect(funnel.steps).toMatchObject([{ goalName: "checkout_started" }, { goalName: "plan:pro-yearly" }]);

    for (const goalName of ["a".repeat(33), "sign.up", "<script>", "", "identify"]) {
      const reply = await create(w, {
        name: "Refused",
        steps: [{ name: "a", type: "goal", goalName }, DATAFAST_STEPS[0]],
      });
      expect(reply.status, goalName).toBe(400);
      expect(reply.json.error?.message).toMatch(/^steps\.0\.goalName: /);
    }
    expect(
      (
        await create(w, {
          name: "Max",
          steps: [{ name: "a", type: "goal", goalName: "a".repeat(32) }, DATAFAST_STEPS[0]],
        })
      ).status,
    ).toBe(200);
  });

  it("POST /admin/websites/{id}/funnels: 409 duplicate name; the slug is unique per website (-2, -3…)", async () => {
    const w = await makeApiWorld();
    expect((await created(w, "Check out")).slug).toBe("check-out");
    const duplicate = await create(w, { name: "Check out", steps: DATAFAST_STEPS });
    expect(duplicate.status).toBe(409);
    expect(duplicate.json.error?.message).toBe(FUNNEL_NAME_TAKEN_MESSAGE);
    expect((await created(w, "Check-Out!")).slug).toBe("check-out-2");
    expect((await created(w, "check  out")).slug).toBe("check-out-3");
    expect((await created(w, "Ünïcode ★")).slug).toBe("n-code");
    expect((await created(w, "★★")).slug).toBe("funnel");
  });

  it("PUT /admin/websites/{id}/funnels/{id} is partial: a name alone renames (slug follows, steps kept), steps alone replace them", async () => {
    const w = await makeApiWorld();
    const funnel = await created(w, "Signup funnel");
    const renamed = await one(w, "PUT", funnel._id, { name: "Trial funnel" });
    expect(renamed.status).toBe(200);
    expect(first(renamed)).toMatchObject({ name: "Trial funnel", slug: "trial-funnel", steps: funnel.steps });

    const restepped = first<{ steps: { id: string }[] }>(
      await one(w, "PUT", funnel._id, {
        steps: [...DATAFAST_STEPS, { name: "Paid", type: "goal", goalName: "purchase" }],
      }),
    );
    expect(restepped).toMatchObject({ name: "Trial funnel", slug: "trial-funnel" });
    // Unchanged steps keep their ids; a new step gets its own.
    expect(restepped.steps.map((step) => step.id)).toEqual([funnel.steps[0]!.id, funnel.steps[1]!.id, UUID]);
    expect(restepped.steps[2]!.id).not.toBe(funnel.steps[1]!.id);
    expect(first(await one(w, "GET", funnel._id))).toEqual(first(await one(w, "PUT", funnel._id, {})));

    expect((await one(w, "PUT", funnel._id, { steps: steps(9) })).status).toBe(400);
    await created(w, "Taken");
    const taken = await one(w, "PUT", funnel._id, { name: "Taken" });
    expect(taken.status).toBe(409);
    expect(taken.json.error?.message).toBe(FUNNEL_NAME_TAKEN_MESSAGE);
  });

  it("DELETE /admin/websites/{id}/funnels/{id} is soft: isActive false, gone from the list, 404 on GET/PUT/DELETE, its name free again", async () => {
    const w = await makeApiWorld();
    const funnel = await created(w, "Signup funnel");
    const kept = await created(w, "Kept");
    const deleted = await one(w, "DELETE", funnel._id);
    expect(deleted.status).toBe(200);
    expect(first(deleted)).toEqual({ _id: funnel._id, deleted: true });

    const row = await db().funnel.findUniqueOrThrow({ where: { id: funnel._id } });
    expect(row).toMatchObject({ isActive: false, name: "Signup funnel", slug: "signup-funnel" });
    expect((await list(w)).json.data).toEqual([first(await one(w, "GET", kept._id))]);
    const notFound = { status: "error", error: { code: 404, message: FUNNEL_NOT_FOUND_MESSAGE } };
    expect((await one(w, "GET", funnel._id)).json).toEqual(notFound);
    expect((await one(w, "PUT", funnel._id, { name: "Back" })).json).toEqual(notFound);
    expect((await one(w, "DELETE", funnel._id)).json).toEqual(notFound);

    const again = await created(w, "Signup funnel");
    expect(again._id).not.toBe(funnel._id);
    expect(again.slug).toBe("signup-funnel");
    expect(await db().funnel.count({ where: { websiteId: w.A } })).toBe(3);
    const trail = await db().auditEvent.findMany({
      where: { targetId: funnel._id },
      orderBy: { createdAt: "asc" },
    });
    expect(trail.map((event) => event.action)).toEqual(["funnel.create", "funnel.delete"]);
  });

  it("GET /admin/websites/{id}/funnels reads a funnel stored before the limit of 8 with all its 10 steps; a rename keeps them", async () => {
    const w = await makeApiWorld();
    const row = await db().funnel.create({
      data: {
        websiteId: w.A,
        name: "Long",
        slug: "long",
        steps: Array.from({ length: 10 }, (_, i) => ({
          id: `s${i}`,
          name: `S${i}`,
          type: "goal",
          goalName: `g${i}`,
        })),
      },
    });
    const [listed] = (await list(w)).json.data as { steps: unknown[] }[];
    expect(listed!.steps).toHaveLength(10);
    const renamed = first<{ steps: unknown[] }>(await one(w, "PUT", row.id, { name: "Longer" }));
    expect(renamed.steps).toEqual(listed!.steps);
  });
});
