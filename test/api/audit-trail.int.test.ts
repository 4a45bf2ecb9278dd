import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as apikeysRoute from "@/app/api/v1/admin/websites/[websiteId]/apikeys/route";
import * as websiteRoute from "@/app/api/v1/admin/websites/[websiteId]/route";
import { db } from "@/lib/db";
import {
  actorFor,
  asSession,
  domainState,
  makeAccountToken,
  makeTeam,
  makeWebsiteKey,
} from "@/test/factories";
import { call } from "@/test/http";
import { clearOfWindowEdge } from "@/test/window-edge";
import { recordRefusal } from "@/lib/audit/record-refusal";

// The dashboard's action adapter reads the request's headers and the session: both are stubbed
// here so that a real server action runs end to end against the test database.
const request = vi.hoisted(() => ({ userId: "", headers: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => request.headers }));
vi.mock("@/lib/auth/session", () => ({
  currentUser: async () =>
    request.userId
      ? { id: request.userId, email: "someone@example.test", name: "Someone", authenticatedAt: new Date() }
      : null,
}));
const { createWebsiteKeyAction } = await import("@/lib/actions/website-keys");

function signedIn(userId: string) {
  request.userId = userId;
  request.headers = new Headers({
    host: "keyward.test",
    origin: "http://keyward.test",
    "x-forwarded-for": "198.51.100.4",
    "user-agent": "Browser/1",
  });
}

afterEach(() => vi.restoreAllMocks());

const ROOT = path.resolve(__dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return ["generated", "node_modules"].includes(entry.name) ? [] : sources(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

async function deniedEvents(actorUserId: string) {
  return db().auditEvent.findMany({
    where: { action: "access.denied", actorUserId },
    orderBy: { createdAt: "asc" },
  });
}

describe("S73 the audit trail cannot be edited or deleted", () => {
  it("S73 no route, action or domain function updates or deletes audit rows", () => {
    const offenders = [...sources(path.join(ROOT, "app")), ...sources(path.join(ROOT, "lib"))].filter(
      (file) =>
        /auditEvent\s*\.\s*(update|updateMany|upsert|delete|deleteMany)\b|(UPDATE|DELETE FROM|TRUNCATE)\s+"?AuditEvent/i.test(
          readFileSync(file, "utf8"),
        ),
    );
    expect(offenders).toEqual([]);
    // Only list functions of lib/audit are reachable from pages; no REST route touches the trail at all.
    const routes = sources(path.join(ROOT, "app", "api"));
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.filter((file) => /lib\/audit|auditEvent/.test(readFileSync(file, "utf8")))).toEqual([]);
  });

  it("S73 the database refuses UPDATE, DELETE and TRUNCATE of audit rows, whoever asks", async () => {
    const { owner, website } = await makeTeam();
    const [event] = await db().auditEvent.findMany({ where: { websiteId: website._id } });
    if (!event) throw new Error("no audit event");
    const attempts = [
      () => db().auditEvent.update({ where: { id: event.id }, data: { action: "website.update" } }),
      () => db().auditEvent.updateMany({ where: { websiteId: website._id }, data: { ip: null } }),
      () => db().auditEvent.delete({ where: { id: event.id } }),
      () => db().auditEvent.deleteMany({ where: { actorUserId: owner.id } }),
      () => db().$executeRaw`UPDATE "AuditEvent" SET "actorUserId" = NULL WHERE id = ${event.id}::uuid`,
      () => db().$executeRaw`DELETE FROM "AuditEvent" WHERE id = ${event.id}::uuid`,
      () => db().$executeRawUnsafe(`TRUNCATE "AuditEvent"`),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toThrow(/append-only/);
    expect(await db().auditEvent.findUnique({ where: { id: event.id } })).toEqual(event);
  });
});

describe("refused attempts are audited", () => {
  it("a refused REST call writes one access.denied event (once a minute per actor and operation); nothing else changed", async () => {
    // Three refusals within one minute's window: started near its edge, they would span two.
    await clearOfWindowEdge(60_000, 15_000);
    const { viewer, website } = await makeTeam();
    const { token, key } = await makeAccountToken(viewer.id);
    const before = await domainState();
    const path = `/api/v1/admin/websites/${website._id}/apikeys`;
    for (let i = 0; i < 3; i++) {
      const reply = await call(apikeysRoute.POST, {
        method: "POST",
        path,
        params: { websiteId: website._id },
        secret: key,
        body: { name: "Sneaky" },
        headers: { "user-agent": "curl/8" },
      });
      expect(reply.status).toBe(403);
    }
    expect(await domainState()).toEqual(before);
    const events = await deniedEvents(viewer.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      credential: token.displayKey,
      websiteId: website._id,
      targetType: "operation",
      targetId: "api-keys.write",
      ip: "203.0.113.10",
      userAgent: "curl/8",
    });
    // Another operation is another event; the same one again only in the next minute.
    await call(websiteRoute.DELETE, {
      method: "DELETE",
      path: `/api/v1/admin/websites/${website._id}`,
      params: { websiteId: website._id },
      secret: key,
    });
    expect((await deniedEvents(viewer.id)).map((event) => event.targetId)).toEqual([
      "api-keys.write",
      "website.delete",
    ]);
    const actor = await actorFor(key);
    const nextMinute = new Date(Date.now() + 60_000);
    expect(
      await recordRefusal(actor, { operation: "api-keys.write", websiteId: website._id }, nextMinute),
    ).toBe(true);
    expect(
      await recordRefusal(actor, { operation: "api-keys.write", websiteId: website._id }, nextMinute),
    ).toBe(false);
    expect(await deniedEvents(viewer.id)).toHaveLength(3);
  });

  it("concurrent refusals of one actor and operation write one event", async () => {
    const { outsider, website } = await makeTeam();
    const actor = asSession(outsider.id);
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        recordRefusal(actor, { operation: "team.read", websiteId: website._id }),
      ),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await deniedEvents(outsider.id)).toHaveLength(1);
  });

  it("S93 a website key refused on another website is recorded against the key, in its own website's feed", async () => {
    const { owner, website } = await makeTeam();
    const { website: other } = await makeTeam();
    const { key, secret } = await makeWebsiteKey(website._id, owner.id);
    const reply = await call(apikeysRoute.GET, {
      path: `/api/v1/admin/websites/${other._id}/apikeys`,
      params: { websiteId: other._id },
      secret,
    });
    expect(reply.status).toBe(403);
    const events = await db().auditEvent.findMany({
      where: { action: "access.denied", credential: key.displayKey },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorUserId: null,
      websiteId: website._id,
      targetId: "GET /api/v1/admin/websites/{id}/apikeys",
      metadata: { websiteId: other._id },
    });
  });

  it("a refused server action writes one access.denied event with the session's request details", async () => {
    const { viewer, website } = await makeTeam();
    signedIn(viewer.id);
    const before = await domainState();
    for (let i = 0; i < 2; i++) {
      expect(await createWebsiteKeyAction({ websiteId: website._id, name: "Nope" })).toMatchObject({
        ok: false,
        error: { code: "FORBIDDEN" },
      });
    }
    expect(await domainState()).toEqual(before);
    const events = await deniedEvents(viewer.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      credential: "session",
      websiteId: website._id,
      targetId: "api-keys.write",
      ip: "198.51.100.4",
      userAgent: "Browser/1",
    });
  });

  it("no event without a known actor (cross-origin or signed out), nor for other failures", async () => {
    const { viewer, member, website } = await makeTeam();
    signedIn(viewer.id);
    request.headers.set("origin", "https://evil.example");
    expect(await createWebsiteKeyAction({ websiteId: website._id, name: "Nope" })).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN" },
    });
    request.userId = "";
    request.headers.set("origin", "http://keyward.test");
    expect(await createWebsiteKeyAction({ websiteId: website._id, name: "Nope" })).toMatchObject({
      ok: false,
      error: { code: "UNAUTHENTICATED" },
    });
    expect(await deniedEvents(viewer.id)).toEqual([]);
    signedIn(member.id);
    expect(await createWebsiteKeyAction({ websiteId: website._id, name: "x".repeat(500) })).toMatchObject({
      ok: false,
      error: { code: "INVALID" },
    });
    expect(await deniedEvents(member.id)).toEqual([]);
  });

  it("a failing audit write never changes the refusal", async () => {
    const { viewer, website } = await makeTeam();
    const { key } = await makeAccountToken(viewer.id);
    const client = db();
    const original = client.$transaction.bind(client) as (...args: unknown[]) => Promise<unknown>;
    let calls = 0;
    // The act's own transaction runs (and refuses); the refusal's audit write then fails.
    vi.spyOn(client, "$transaction").mockImplementation(((...args: unknown[]) =>
      ++calls === 1
        ? original(...args)
        : Promise.reject(
            Object.assign(new Error("connection lost"), { code: "P1017" }),
          )) as typeof client.$transaction);
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const reply = await call(apikeysRoute.POST, {
      method: "POST",
      path: `/api/v1/admin/websites/${website._id}/apikeys`,
      params: { websiteId: website._id },
      secret: key,
      body: { name: "x" },
    });
    expect(reply.status).toBe(403);
    expect(calls).toBe(2);
    vi.restoreAllMocks();
    expect(await deniedEvents(viewer.id)).toEqual([]);
  });
});
