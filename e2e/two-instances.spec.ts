import { execFile, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test, type APIRequestContext } from "@playwright/test";
import {
  adminQuery,
  configuredUrl,
  databaseUrl,
  instanceEnv,
  reachable,
  root,
  serverUrl,
  startInstance,
  stopInstance,
} from "./instances";

// S39 across instances: two production servers (node server.mjs on the built .next) share one
// fresh PostgreSQL database. A token revoked, a key rolled (grace 0) and a key's old secret
// expired during its grace period through instance A are refused by instance B on the very next
// request: on PostgreSQL the verifier keeps no lookup (lib/credentials/lookup-cache.ts), so the bound is
// 0 s (README, security notes). The database is created on the server at E2E_POSTGRES_URL
// (default postgres://postgres@127.0.0.1:5432/postgres) and dropped afterwards; the spec is
// skipped only when that variable is unset and nothing answers there. The instances listen on
// E2E_PORT + 10 and + 11, beside the suite's own server.

const basePort = Number(process.env.E2E_PORT ?? 3100);
const instances = { A: `http://127.0.0.1:${basePort + 10}`, B: `http://127.0.0.1:${basePort + 11}` };

type World = {
  websiteId: string;
  token: { id: string; secret: string };
  admin: { id: string; secret: string };
  key: { id: string; secret: string };
};

function authorized(secret: string) {
  return { headers: { Authorization: `Bearer ${secret}` } };
}

/** GET /api/v1/token on one instance: who this secret is, or why not. */
function whoAmI(request: APIRequestContext, baseUrl: string, secret: string) {
  return request.get(`${baseUrl}/api/v1/token`, authorized(secret));
}

async function expectRefusedWith(
  response: Awaited<ReturnType<typeof whoAmI>>,
  message: string,
): Promise<void> {
  expect(response.status()).toBe(401);
  expect(response.headers()["www-authenticate"]).toContain("Bearer");
  expect(await response.json()).toEqual({ status: "error", error: { code: 401, message } });
}

test.describe("S39 revoke then use at once, on a second app instance", () => {
  // Both tests share one beforeAll's two servers on fixed ports, so they stay in one worker (the
  // other worker runs the rest of the suite meanwhile). "serial" rather than "default": after a
  // failure, "default" would carry on in a fresh worker and start the servers a second time.
  test.describe.configure({ mode: "serial" });

  const name = `keyward_e2e_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  let dataDir = "";
  let servers: ChildProcess[] = [];
  let world: World;

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    if (!(await reachable())) {
      test.skip(
        configuredUrl === undefined,
        "S39 two-instance spec skipped: E2E_POSTGRES_URL is unset and no PostgreSQL server answers at 127.0.0.1:5432.",
      );
      throw new Error(`E2E_POSTGRES_URL is set but its server does not answer: ${serverUrl}`);
    }
    dataDir = mkdtempSync(path.join(tmpdir(), "keyward-two-"));
    await adminQuery(`CREATE DATABASE "${name}"`);
    const authSecret = randomBytes(32).toString("base64url");
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "e2e/two-instances-world.ts"],
      {
        cwd: root,
        env: instanceEnv(databaseUrl(name), dataDir, authSecret),
      },
    );
    world = JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as World;
    servers = await Promise.all(
      Object.values(instances).map((baseUrl) =>
        startInstance(
          instanceEnv(databaseUrl(name), dataDir, authSecret, Number(new URL(baseUrl).port)),
          baseUrl,
        ),
      ),
    );
  });

  test.afterAll(async () => {
    await Promise.all(servers.map(stopInstance));
    if (await reachable()) await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  test("S39 a dft_ token revoked through instance A is refused by instance B on the very next request", async ({
    request,
  }) => {
    // B has just accepted it, so anything B could remember about it is fresh.
    expect((await whoAmI(request, instances.B, world.token.secret)).status()).toBe(200);
    const revoked = await request.delete(
      `${instances.A}/api/v1/admin/access-tokens/${world.token.id}`,
      authorized(world.admin.secret),
    );
    expect(revoked.status()).toBe(200);
    await expectRefusedWith(
      await whoAmI(request, instances.B, world.token.secret),
      "This API key was revoked.",
    );
    await expectRefusedWith(
      await whoAmI(request, instances.A, world.token.secret),
      "This API key was revoked.",
    );
  });

  test("S39 a df_ key rolled with grace 0 through instance A: B refuses the old secret at once and accepts the new one", async ({
    request,
  }) => {
    expect((await whoAmI(request, instances.B, world.key.secret)).status()).toBe(200);
    const rolled = await request.put(
      `${instances.A}/api/v1/admin/websites/${world.websiteId}/apikeys/${world.key.id}`,
      {
        ...authorized(world.admin.secret),
        data: { grace: "none" },
      },
    );
    expect(rolled.status()).toBe(200);
    const fresh = ((await rolled.json()) as { data: { key: string }[] }).data[0]?.key ?? "";
    // With grace 0 the old digest is dropped, not kept with a past expiry: B knows nothing of it.
    await expectRefusedWith(await whoAmI(request, instances.B, world.key.secret), "Invalid API key.");
    expect((await whoAmI(request, instances.B, fresh)).status()).toBe(200);
  });

  test("S41 a df_ key's old secret expired now through instance A, during a grace period: B refuses it at once and accepts the new one", async ({
    request,
  }) => {
    const keyUrl = `${instances.A}/api/v1/admin/websites/${world.websiteId}/apikeys/${world.key.id}`;
    const roll = async (grace: string) => {
      const rolled = await request.put(keyUrl, { ...authorized(world.admin.secret), data: { grace } });
      expect(rolled.status()).toBe(200);
      return ((await rolled.json()) as { data: { key: string }[] }).data[0]?.key ?? "";
    };
    // A secret this test knows, then a roll that keeps it working for an hour.
    const old = await roll("none");
    const current = await roll("1h");
    expect((await whoAmI(request, instances.B, old)).status()).toBe(200);
    expect((await whoAmI(request, instances.B, current)).status()).toBe(200);
    const expired = await request.delete(`${keyUrl}/previous-secret`, authorized(world.admin.secret));
    expect(expired.status()).toBe(200);
    expect(((await expired.json()) as { data: { previousExpiresAt: unknown }[] }).data[0]).toMatchObject({
      previousExpiresAt: null,
    });
    await expectRefusedWith(await whoAmI(request, instances.B, old), "Invalid API key.");
    expect((await whoAmI(request, instances.B, current)).status()).toBe(200);
  });

  test("S39 the other way round: a token revoked through instance B is refused by instance A at once", async ({
    request,
  }) => {
    expect((await whoAmI(request, instances.A, world.admin.secret)).status()).toBe(200);
    const revoked = await request.delete(
      `${instances.B}/api/v1/admin/access-tokens/${world.admin.id}`,
      authorized(world.admin.secret),
    );
    expect(revoked.status()).toBe(200);
    await expectRefusedWith(
      await whoAmI(request, instances.A, world.admin.secret),
      "This API key was revoked.",
    );
  });
});
