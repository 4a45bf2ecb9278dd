// Extra production servers (node server.mjs on the built .next) on their own PostgreSQL
// database, for specs that need what the suite's embedded server cannot give: two instances on
// one database (S39), or direct access to the rows (sudo mode ages a session). The database is
// created on the server at E2E_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "@playwright/test";
import pg from "pg";

export const root = path.resolve(import.meta.dirname, "..");
export const configuredUrl = process.env.E2E_POSTGRES_URL;
export const serverUrl = configuredUrl ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** Runs one statement on `url` (the server's own database by default); its rows. */
export async function adminQuery(sql: string, params: unknown[] = [], url = serverUrl): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    return (await client.query(sql, params)).rows as unknown[];
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function reachable(): Promise<boolean> {
  return adminQuery("SELECT 1").then(
    () => true,
    () => false,
  );
}

export function databaseUrl(name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export function instanceEnv(
  databaseUrlValue: string,
  dataDir: string,
  authSecret: string,
  port?: number,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrlValue,
    AUTH_SECRET: authSecret,
    KEYWARD_DATA_DIR: dataDir,
    HOSTNAME: "127.0.0.1",
    ...(port ? { PORT: String(port) } : {}),
    // Required in production; links are not what these tests look at.
    KEYWARD_URL: `http://127.0.0.1:${port ?? 3000}`,
  };
  for (const name of ["KEYWARD_TRUST_PROXY", "KEYWARD_SKIP_AUTO_SEED", "KEYWARD_SEED_DEMO"]) delete env[name];
  return env;
}

/** Starts `node server.mjs` and resolves once it serves pages; its output is kept for errors. */
export async function startInstance(env: NodeJS.ProcessEnv, baseUrl: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["server.mjs"], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`instance ${baseUrl} exited (${child.exitCode}):\n${output}`);
    const up = await fetch(`${baseUrl}/sign-in`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return child;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  child.kill("SIGKILL");
  throw new Error(`instance ${baseUrl} did not start within 150 s:\n${output}`);
}

export function stopInstance(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

/**
 * For a serial describe block: its own production server (E2E_PORT + `portOffset`, browsed at
 * http://localhost like the suite's, a WebAuthn RP id) on a fresh PostgreSQL database seeded with
 * the demo people; started before the block's tests, removed after. `query` reaches its rows.
 */
export function seededInstance(label: string, portOffset: number) {
  const port = Number(process.env.E2E_PORT ?? 3100) + portOffset;
  const base = `http://localhost:${port}`;
  const name = `keyward_${label}_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  let dataDir = "";
  let server: ChildProcess | undefined;

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    if (!(await reachable())) {
      test.skip(configuredUrl === undefined, `${label} spec skipped: no PostgreSQL server answers.`);
      throw new Error(`E2E_POSTGRES_URL is set but its server does not answer: ${serverUrl}`);
    }
    dataDir = mkdtempSync(path.join(tmpdir(), `keyward-${label}-`));
    await adminQuery(`CREATE DATABASE "${name}"`);
    const env = instanceEnv(databaseUrl(name), dataDir, randomBytes(32).toString("base64url"), port);
    server = await startInstance({ ...env, KEYWARD_SEED_DEMO: "1", KEYWARD_URL: base }, base);
  });

  test.afterAll(async () => {
    await stopInstance(server);
    if (await reachable()) await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  return { base, query: (sql: string, params: unknown[] = []) => adminQuery(sql, params, databaseUrl(name)) };
}
