// HTTP figures on the production server (server.mjs over the .next build): the authenticated
// analytics overview with a df_ key and with a dft_ token, next to the unauthenticated health
// probe, on the embedded database and on PostgreSQL. Target: authenticated ≥ 0.9 × health.
// GET /api/v1/token (introspection) is printed too: authentication without the overview's
// aggregation, so the two ratios tell authentication cost from analytics cost. Each secret is
// allowed 600 requests a minute, so the load rotates over many seeded secrets, as many clients
// would; every request must answer 200 or the run stops. The cases take turns in rounds, and
// each ratio is the median of its per-round ratios, so a machine that slows down or speeds up
// mid-run (shared CI hosts do) weighs on every case alike.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { openEmbedded, openPostgres, type Database } from "@/lib/db/database";
import { migrate } from "@/lib/db/migrator";
import { generateSecret } from "@/lib/secrets";
import { adminQuery, databaseUrl, randomDatabaseName } from "@/test/test-database";
import { formatRow, HEADER, percentiles } from "./stats";

const ROOT = path.resolve(import.meta.dirname, "..");
const SECRETS = 40;
const CONCURRENCY = 16;
const WARMUP = 600;
const ROUNDS = 9;
const REQUESTS_PER_ROUND = 600;
const POSTGRES = "postgres://postgres@127.0.0.1:5432/postgres";

type Seeded = { websiteId: string; keys: string[]; tokens: string[] };

async function seed(database: Database): Promise<Seeded> {
  const prisma = database.prisma;
  const user = await prisma.user.create({
    data: { email: "bench@example.test", name: "Bench", passwordHash: "x" },
  });
  const website = await prisma.website.create({
    data: {
      domain: "bench.example.com",
      name: "Bench",
      timezone: "UTC",
      trackingId: `dfid_bench${Date.now()}`,
    },
  });
  await prisma.membership.create({ data: { userId: user.id, websiteId: website.id, role: "owner" } });
  // A little real data, so the overview aggregates rows rather than empty tables.
  await prisma.event.createMany({
    data: Array.from({ length: 500 }, (_, i) => ({
      websiteId: website.id,
      visitorId: `v${i % 120}`,
      name: "signup",
    })),
  });
  await prisma.payment.createMany({
    data: Array.from({ length: 60 }, (_, i) => ({
      websiteId: website.id,
      amountMinor: 1999n,
      currency: "USD",
      transactionId: `t${i}`,
      visitorId: `v${i}`,
    })),
  });
  const keys: string[] = [];
  const tokens: string[] = [];
  for (let i = 0; i < SECRETS; i++) {
    const key = generateSecret("website-key");
    await prisma.websiteKey.create({
      data: { websiteId: website.id, name: `bench ${i}`, digest: key.digest, displayKey: key.displayKey },
    });
    keys.push(key.raw);
    const token = generateSecret("account-token");
    await prisma.accountToken.create({
      data: {
        userId: user.id,
        name: `bench ${i}`,
        permissions: ["analytics:read"],
        allWebsites: true,
        digest: token.digest,
        displayKey: token.displayKey,
      },
    });
    tokens.push(token.raw);
  }
  return { websiteId: website.id, keys, tokens };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

type Target = { path: string; secret?: () => string };

export function request(agent: http.Agent, port: number, target: Target): Promise<number> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = target.secret
      ? { authorization: `Bearer ${target.secret()}` }
      : {};
    const req = http.get({ host: "127.0.0.1", port, path: target.path, agent, headers }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
  });
}

/** `count` requests, CONCURRENCY at a time: per-request durations (ns) and the wall time (ns). */
async function load(agent: http.Agent, port: number, target: Target, count: number) {
  const durations: number[] = [];
  let next = 0;
  const wallStart = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) {
        next += 1;
        const start = process.hrtime.bigint();
        const status = await request(agent, port, target);
        durations.push(Number(process.hrtime.bigint() - start));
        if (status !== 200) throw new Error(`${target.path} answered ${status}`);
      }
    }),
  );
  return { durations, wallNs: Number(process.hrtime.bigint() - wallStart) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export async function startServer(env: NodeJS.ProcessEnv, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, "server.mjs")], {
    cwd: ROOT,
    env: {
      ...env,
      NODE_ENV: "production",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      KEYWARD_URL: `http://127.0.0.1:${port}`,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const agent = new http.Agent();
  for (let attempt = 0; attempt < 600; attempt++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const status = await request(agent, port, { path: "/api/health" }).catch(() => 0);
    if (status === 200) return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error("server did not become healthy within 60 s");
}

async function benchServer(label: string, env: NodeJS.ProcessEnv, seeded: Seeded): Promise<void> {
  const port = await freePort();
  const server = await startServer(env, port);
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  try {
    let turn = 0;
    const rotate = (secrets: string[]) => () => secrets[turn++ % secrets.length]!;
    const overview = `/api/v1/analytics/overview`;
    const targets: [string, Target][] = [
      ["GET /api/health (no secret)", { path: "/api/health" }],
      ["GET overview, df_ key", { path: overview, secret: rotate(seeded.keys) }],
      [
        "GET overview, dft_ token",
        { path: `${overview}?websiteId=${seeded.websiteId}`, secret: rotate(seeded.tokens) },
      ],
      // Authentication alone (verify, quota, last-used) with next to no domain work.
      ["GET /api/v1/token, df_ key", { path: "/api/v1/token", secret: rotate(seeded.keys) }],
      ["GET /api/v1/token, dft_ token", { path: "/api/v1/token", secret: rotate(seeded.tokens) }],
    ];
    for (const [, target] of targets) await load(agent, port, target, WARMUP);
    const durations = targets.map((): number[] => []);
    const rates = targets.map((): number[] => []);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [index, [, target]] of targets.entries()) {
        const run = await load(agent, port, target, REQUESTS_PER_ROUND);
        durations[index]!.push(...run.durations);
        rates[index]!.push((run.durations.length / run.wallNs) * 1e9);
      }
    }
    const health = rates[0]!;
    for (const [index, [name]] of targets.entries()) {
      const stats = { opsPerSecond: median(rates[index]!), ...percentiles(durations[index]!) };
      const ratios = rates[index]!.map((rate, round) => rate / health[round]!);
      const spread = `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}`;
      console.log(
        `${formatRow(`${name} (${label})`, stats)}${median(ratios).toFixed(2).padStart(8)}${spread.padStart(13)}`,
      );
    }
  } finally {
    agent.destroy();
    server.kill();
    await new Promise((resolve) => server.once("exit", resolve));
  }
}

type Counting = { env: NodeJS.ProcessEnv; seeded: Seeded };

/**
 * Usage counting (issue 20) on and off: two servers, KEYWARD_USAGE=on and =off, take turns in
 * the same rounds on GET /api/v1/token with a dft_ token (authentication with next to no domain
 * work, where the counting weighs most). Target: on ≥ 0.95 × off.
 */
async function benchUsageCounting(label: string, on: Counting, off: Counting): Promise<void> {
  const servers: { name: string; port: number; child: ChildProcess; seeded: Seeded }[] = [];
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  try {
    for (const [name, side, usage] of [
      ["counting off", off, "off"],
      ["counting on", on, "on"],
    ] as const) {
      const port = await freePort();
      const child = await startServer({ ...side.env, KEYWARD_USAGE: usage }, port);
      servers.push({ name, port, child, seeded: side.seeded });
    }
    let turn = 0;
    const target = (seeded: Seeded): Target => ({
      path: "/api/v1/token",
      secret: () => seeded.tokens[turn++ % seeded.tokens.length]!,
    });
    for (const server of servers) await load(agent, server.port, target(server.seeded), WARMUP);
    const rates = servers.map((): number[] => []);
    const durations = servers.map((): number[] => []);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [index, server] of servers.entries()) {
        const run = await load(agent, server.port, target(server.seeded), REQUESTS_PER_ROUND);
        durations[index]!.push(...run.durations);
        rates[index]!.push((run.durations.length / run.wallNs) * 1e9);
      }
    }
    for (const [index, server] of servers.entries()) {
      const stats = { opsPerSecond: median(rates[index]!), ...percentiles(durations[index]!) };
      const ratios = rates[index]!.map((rate, round) => rate / rates[0]![round]!);
      const spread = `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}`;
      console.log(
        `${formatRow(`GET /api/v1/token, dft_, ${server.name} (${label})`, stats)}${median(ratios).toFixed(2).padStart(8)}${spread.padStart(13)}`,
      );
    }
  } finally {
    agent.destroy();
    for (const server of servers) {
      server.child.kill();
      await new Promise((resolve) => server.child.once("exit", resolve));
    }
  }
}

/** An embedded database of its own (one process per data folder), migrated and seeded. */
async function embeddedDatabase(dataDir: string): Promise<Counting> {
  const database = openEmbedded({ dataDir: path.join(dataDir, "pglite") });
  await database.withSession((session) => migrate(session));
  const seeded = await seed(database);
  await database.close();
  const env: NodeJS.ProcessEnv = { ...process.env, KEYWARD_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  return { env, seeded };
}

async function benchEmbedded(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "keyward-bench-http-"));
  try {
    const { env, seeded } = await embeddedDatabase(dataDir);
    await benchServer("embedded", env, seeded);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const dirs = [0, 1].map(() => mkdtempSync(path.join(tmpdir(), "keyward-bench-usage-")));
  try {
    await benchUsageCounting("embedded", await embeddedDatabase(dirs[0]!), await embeddedDatabase(dirs[1]!));
  } finally {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}

/** A throwaway PostgreSQL database, migrated and seeded, for `run`; false when none is reachable. */
async function withPostgres(run: (side: Counting) => Promise<void>): Promise<boolean> {
  const name = randomDatabaseName("keyward_bench_http");
  try {
    await adminQuery(POSTGRES, `CREATE DATABASE "${name}"`);
  } catch (error) {
    console.log(`PostgreSQL at ${POSTGRES} unavailable (${(error as Error).message}); skipped.`);
    return false;
  }
  try {
    const url = databaseUrl(POSTGRES, name);
    const database = openPostgres(url, 2);
    await database.withSession((session) => migrate(session));
    const seeded = await seed(database);
    await database.close();
    await run({ env: { ...process.env, DATABASE_URL: url }, seeded });
    return true;
  } finally {
    await adminQuery(POSTGRES, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

async function benchPostgres(): Promise<void> {
  const reached = await withPostgres(({ env, seeded }) => benchServer("PostgreSQL", env, seeded));
  // A database of its own, so the per-secret quota of the run above is not shared; both servers
  // on it, as two instances would be.
  if (reached) await withPostgres((side) => benchUsageCounting("PostgreSQL", side, side));
}

export async function benchHttp(): Promise<void> {
  console.log(
    `\nHTTP on the production server — ${CONCURRENCY} concurrent keep-alive clients, ${ROUNDS} rounds of ${REQUESTS_PER_ROUND} requests per case;`,
  );
  console.log(
    "ops/s: median round; ratio: median of per-round throughput relative to the health probe (target ≥ 0.90 when authenticated), and its range over the rounds",
  );
  console.log(`${HEADER}${"ratio".padStart(8)}${"range".padStart(13)}`);
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    console.log("no production build in .next/: run `npx next build` first; skipped.");
    return;
  }
  await benchEmbedded();
  await benchPostgres();
}
