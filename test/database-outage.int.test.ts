import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { createAccountTokenAction, rollAccountTokenAction } from "@/lib/actions/account-tokens";
import * as tokenRoute from "@/app/api/v1/admin/access-tokens/[id]/route";
import * as tokensRoute from "@/app/api/v1/admin/access-tokens/route";
import * as keyRoute from "@/app/api/v1/admin/websites/[websiteId]/apikeys/[keyId]/route";
import * as keysRoute from "@/app/api/v1/admin/websites/[websiteId]/apikeys/route";
import { UNAVAILABLE_MESSAGE } from "@/lib/actions/define-action";
import { verifySecret } from "@/lib/credentials/verify";
import { database, db, installDatabase, type Database } from "@/lib/db";
import { openPostgres } from "@/lib/db/database";
import { domainState, makeAccountToken, makeTeam, makeWebsiteKey } from "@/test/factories";
import { call, type Reply } from "@/test/http";
import { TcpProxy } from "@/test/tcp-proxy";
import { adminQuery, databaseUrl, openTestDatabase, randomDatabaseName } from "@/test/test-database";

// S74: the database becomes unreachable while requests arrive. REST answers 503 with DataFast's
// envelope, server actions a clear UNAVAILABLE message, nothing is half-written, and the same
// database object (the same pg pool) serves again once the server is back: no restart.
//
// PostgreSQL: the app's pool connects through an in-test TCP proxy that refuses connections,
// black-holes them, or drops them at the moment a transaction writes its audit row.
// Embedded PGlite runs inside the app's process: there is no connection to lose. It becomes
// unreachable only when it is closed (shutdown in progress, or after a fatal engine error); then
// requests get 503 too, and it comes back only with a new process (a crash mid-write is S75).

const session = vi.hoisted(() => ({
  user: null as { id: string; email: string; name: string; authenticatedAt: Date } | null,
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ origin: "http://keyward.test", host: "keyward.test" }),
}));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => session.user }));

const template = inject("databaseTemplate");

async function makeWorld() {
  const { owner, website } = await makeTeam();
  const token = await makeAccountToken(owner.id);
  const key = await makeWebsiteKey(website._id, owner.id);
  session.user = {
    id: owner.id,
    email: `${owner.id}@example.test`,
    name: owner.name,
    authenticatedAt: new Date(),
  };
  return { owner, websiteId: website._id, token, key };
}
type World = Awaited<ReturnType<typeof makeWorld>>;

/** Every REST call of the test: two reads and the writes that create, roll and revoke. */
function calls(world: World): Record<string, () => Promise<Reply>> {
  const { websiteId, token, key } = world;
  const secret = token.key;
  return {
    "list tokens": () => call(tokensRoute.GET, { path: "/api/v1/admin/access-tokens", secret }),
    "list keys": () =>
      call(keysRoute.GET, {
        path: `/api/v1/admin/websites/${websiteId}/apikeys`,
        params: { websiteId },
        secret,
      }),
    "create token": () =>
      call(tokensRoute.POST, {
        method: "POST",
        path: "/api/v1/admin/access-tokens",
        secret,
        body: { name: "during outage" },
      }),
    "create key": () =>
      call(keysRoute.POST, {
        method: "POST",
        path: `/api/v1/admin/websites/${websiteId}/apikeys`,
        params: { websiteId },
        secret,
        body: { name: "during outage" },
      }),
    "roll key": () =>
      call(keyRoute.PUT, {
        method: "PUT",
        path: `/api/v1/admin/websites/${websiteId}/apikeys/${key.key._id}`,
        params: { websiteId, keyId: key.key._id },
        secret,
        body: { grace: "none" },
      }),
    "revoke token": () =>
      call(tokenRoute.DELETE, {
        method: "DELETE",
        path: `/api/v1/admin/access-tokens/${token.token._id}`,
        params: { id: token.token._id },
        secret,
      }),
  };
}

function expectUnavailable(reply: Reply, label: string): void {
  expect({ label, status: reply.status, body: reply.json }).toEqual({
    label,
    status: 503,
    body: {
      status: "error",
      error: { code: 503, message: "The service is temporarily unavailable. Try again shortly." },
    },
  });
  expect(reply.headers.get("retry-after")).toBe("5");
  expect(reply.headers.get("cache-control")).toBe("no-store");
}

/** Nothing changed and no audit row appeared, and both secrets still authenticate. */
async function expectUntouched(world: World, before: { state: unknown; audit: number }): Promise<void> {
  expect(await domainState()).toEqual(before.state);
  expect(await db().auditEvent.count()).toBe(before.audit);
  expect((await verifySecret({ raw: world.token.key, request: null })).ok).toBe(true);
  expect((await verifySecret({ raw: world.key.secret, request: null })).ok).toBe(true);
}

/** Lets the pool see the connections the proxy dropped, as it would between two real requests. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 200));
}

async function snapshot() {
  return { state: await domainState(), audit: await db().auditEvent.count() };
}

function createTokenAction() {
  return createAccountTokenAction({
    name: "from the dashboard",
    permissions: ["*"],
    websiteIds: [],
    expiry: "never",
  });
}

describe.runIf(template.kind === "postgres")("S74 PostgreSQL unreachable during requests", () => {
  let proxy: TcpProxy;
  let outage: Database;
  let original: Database;
  let name: string;

  beforeAll(async () => {
    if (template.kind !== "postgres") return;
    name = randomDatabaseName("keyward_outage");
    await adminQuery(template.serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${template.template}"`);
    proxy = await TcpProxy.start(template.serverUrl);
    original = database();
    outage = openPostgres(proxy.urlFor(databaseUrl(template.serverUrl, name)), 3);
    installDatabase(outage);
  });

  afterAll(async () => {
    if (template.kind !== "postgres") return;
    installDatabase(original);
    await outage.close();
    await proxy.close();
    await adminQuery(template.serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });

  it("S74 server refusing connections: every read and write is a 503 envelope, nothing is written, and 200 after restore without reopening", async () => {
    const world = await makeWorld();
    const requests = calls(world);
    expect((await requests["list tokens"]!()).status).toBe(200);
    const before = await snapshot();

    await proxy.cut();
    for (const [label, request] of Object.entries(requests)) expectUnavailable(await request(), label);
    await proxy.restore();

    expect(database()).toBe(outage);
    await expectUntouched(world, before);
    expect((await requests["list keys"]!()).status).toBe(200);
    expect((await requests["create token"]!()).status).toBe(200);
  });

  it.each(["create token", "create key", "roll key", "revoke token"])(
    "S74 connection lost mid-transaction (%s, at its audit insert): 503, rolled back, old secrets still work",
    async (label) => {
      const world = await makeWorld();
      const before = await snapshot();

      const tripped = proxy.cutWhenSent('"AuditEvent"');
      const reply = await calls(world)[label]!();
      await tripped;
      expectUnavailable(reply, label);
      await proxy.restore();
      await settle();

      await expectUntouched(world, before);
      expect((await calls(world)[label]!()).status).toBe(200);
    },
  );

  it("S43 roll a token with the connection lost mid-transaction (from the dashboard): UNAVAILABLE, old secret works, no successor, no audit row", async () => {
    const world = await makeWorld();
    const before = await snapshot();

    const tripped = proxy.cutWhenSent('"AuditEvent"');
    const result = await rollAccountTokenAction({ tokenId: world.token.token._id, grace: "none" });
    await tripped;
    expect(result).toEqual({ ok: false, error: { code: "UNAVAILABLE", message: UNAVAILABLE_MESSAGE } });
    await proxy.restore();
    await settle();

    await expectUntouched(world, before);
    const row = await db().accountToken.findUniqueOrThrow({ where: { id: world.token.token._id } });
    expect(row).toMatchObject({ rolledAt: null, previousDigest: null, previousExpiresAt: null });
  });

  it("S74 network black hole: a request fails within the pool's 5 s connection timeout instead of hanging", async () => {
    const world = await makeWorld();
    await proxy.blackhole();
    // The request has to open a new connection, into the black hole.
    await settle();
    const started = Date.now();
    expectUnavailable(await calls(world)["list tokens"]!(), "list tokens");
    expect(Date.now() - started).toBeLessThan(8_000);
    await proxy.restore();
    expect((await calls(world)["list tokens"]!()).status).toBe(200);
  });

  it("S74 a server action says the service is unavailable, not 'something went wrong', and works after restore", async () => {
    const world = await makeWorld();
    const before = await snapshot();
    await proxy.cut();
    expect(await createTokenAction()).toEqual({
      ok: false,
      error: { code: "UNAVAILABLE", message: UNAVAILABLE_MESSAGE },
    });
    await proxy.restore();
    await expectUntouched(world, before);
    expect(await createTokenAction()).toMatchObject({ ok: true });
  });
});

describe.runIf(template.kind === "embedded")("S74 embedded database closed under the app", () => {
  it("S74 a closed PGlite answers 503 on REST and UNAVAILABLE on actions (recovery needs a new process)", async () => {
    const original = database();
    const closing = await openTestDatabase(template);
    installDatabase(closing.database);
    try {
      const world = await makeWorld();
      const requests = calls(world);
      expect((await requests["list tokens"]!()).status).toBe(200);
      await closing.database.close();
      for (const [label, request] of Object.entries(requests)) expectUnavailable(await request(), label);
      expect(await createTokenAction()).toEqual({
        ok: false,
        error: { code: "UNAVAILABLE", message: UNAVAILABLE_MESSAGE },
      });
    } finally {
      installDatabase(original);
    }
  });
});
