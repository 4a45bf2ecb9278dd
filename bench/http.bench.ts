// HTTP figures on the production server (server.mjs over the .next build): the authenticated
// analytics overview with a df_ key and with a dft_ token, next to the unauthenticated health
// probe, on the embedded database and on PostgreSQL, each also relative to a bare Next.js route
// handler of the same Next version (bench/bare-next, built once into bench/bare-next/.next).
// Targets: authenticated ≥ 0.85 × bare and p99 ≤ 2 × bare's, health ≥ 0.95 × bare.
// GET /api/v1/token (introspection) is printed too: authentication without the overview's
// aggregation, so the two ratios tell authentication cost from analytics cost. Each secret is
// allowed 600 requests a minute, so the load rotates over many seeded secrets, as many clients
// would (each at a few requests a second); every request must answer 200 or the run stops. The
// cases take turns in rounds, and each ratio is the median of its per-round ratios, so a machine
// that slows down or speeds up mid-run (shared CI hosts do) weighs on every case alike.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { openEmbedded, openPostgres, type Database } from "@/lib/db/database";
import { migrate } from "@/lib/db/migrator";
import { generateSecret } from "@/lib/secrets";
import { onFreshPostgres } from "./postgres";
import { formatRow, HEADER, percentiles } from "./stats";

const ROOT = path.resolve(import.meta.dirname, "..");
const BARE = path.join(ROOT, "bench", "bare-next");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const SECRETS = 100;
const CONCURRENCY = 16;
const WARMUP = 600;
// Rounds of about two seconds a case: at 600 requests (half a second) single rounds strayed ±0.5
// from the median. Shorter runs while developing: KEYWARD_BENCH_ROUNDS=3 KEYWARD_BENCH_REQUESTS=300.
const ROUNDS = Number(process.env.KEYWARD_BENCH_ROUNDS ?? 9);
const REQUESTS_PER_ROUND = Number(process.env.KEYWARD_BENCH_REQUESTS ?? 2000);

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

type Target = { path: string; secret?: () => string; port?: number };

export function request(agent: http.Agent, port: number, target: Target): Promise<number> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = target.secret
      ? { authorization: `Bearer ${target.secret()}` }
      : {};
    const to = target.port ?? port;
    const req = http.get({ host: "127.0.0.1", port: to, path: target.path, agent, headers }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", (error: NodeJS.ErrnoException) => {
      // A kept-alive socket the server closed as idle (between phases) just as it was reused:
      // Node's documented race, answered by sending again on a fresh socket.
      if (req.reusedSocket && error.code === "ECONNRESET") request(agent, port, target).then(resolve, reject);
      else reject(error);
    });
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

async function healthy(child: ChildProcess, port: number, probe: string): Promise<ChildProcess> {
  const agent = new http.Agent();
  for (let attempt = 0; attempt < 600; attempt++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const status = await request(agent, port, { path: probe }).catch(() => 0);
    if (status === 200) return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error("server did not become healthy within 60 s");
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
  return healthy(child, port, "/api/health");
}

/** Builds bench/bare-next once per Next.js version and reference app (cached in its .next/). */
export function buildBareNext(): void {
  // "+page": the app gained the first-load bench's reference page; older caches lack it.
  const version = `${
    JSON.parse(readFileSync(path.join(ROOT, "node_modules", "next", "package.json"), "utf8"))
      .version as string
  }+page`;
  const stamp = path.join(BARE, ".next", "keyward-next-version");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === version) return;
  console.log(`building the bare Next.js ${version} reference (bench/bare-next, once)…`);
  execFileSync(process.execPath, [NEXT_BIN, "build", BARE], {
    cwd: BARE,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  writeFileSync(stamp, version);
}

export async function startBareNext(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [NEXT_BIN, "start", BARE, "-p", String(port), "-H", "127.0.0.1"], {
    cwd: BARE,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return healthy(child, port, "/api/ping");
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill();
  await new Promise((resolve) => child.once("exit", resolve));
}

async function benchServer(
  label: string,
  env: NodeJS.ProcessEnv,
  seeded: Seeded,
  barePort: number,
): Promise<void> {
  const port = await freePort();
  const server = await startServer(env, port);
  // One agent per server, so each keeps its own CONCURRENCY sockets.
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const bareAgent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  try {
    let turn = 0;
    const rotate = (secrets: string[]) => () => secrets[turn++ % secrets.length]!;
    const overview = `/api/v1/analytics/overview`;
    const targets: [string, Target][] = [
      ["bare Next.js GET /api/ping", { path: "/api/ping", port: barePort }],
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
    const agentFor = (target: Target) => (target.port === barePort ? bareAgent : agent);
    for (const [, target] of targets) await load(agentFor(target), port, target, WARMUP);
    const durations = targets.map((): number[] => []);
    const rates = targets.map((): number[] => []);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [index, [, target]] of targets.entries()) {
        const run = await load(agentFor(target), port, target, REQUESTS_PER_ROUND);
        durations[index]!.push(...run.durations);
        rates[index]!.push((run.durations.length / run.wallNs) * 1e9);
      }
    }
    const [bare, health] = [rates[0]!, rates[1]!];
    const bareP99 = percentiles(durations[0]!).p99;
    for (const [index, [name]] of targets.entries()) {
      const stats = { opsPerSecond: median(rates[index]!), ...percentiles(durations[index]!) };
      const columns = [bare, health].map((reference) => {
        const ratios = rates[index]!.map((rate, round) => rate / reference[round]!);
        const spread = `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}`;
        return `${median(ratios).toFixed(2).padStart(8)}${spread.padStart(11)}`;
      });
      const p99 = (stats.p99 / bareP99).toFixed(2).padStart(7);
      console.log(`${formatRow(`${name} (${label})`, stats)}${columns.join("")}${p99}`);
    }
  } finally {
    agent.destroy();
    bareAgent.destroy();
    await stop(server);
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
    console.log(
      `usage counting (${label}): the ratio column is each round's rate ÷ counting off's, not ×bare`,
    );
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

async function benchEmbedded(barePort: number): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "keyward-bench-http-"));
  try {
    const { env, seeded } = await embeddedDatabase(dataDir);
    await benchServer("embedded", env, seeded, barePort);
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

/** A fresh PostgreSQL database, migrated and seeded, for `run`; skipped when none is reachable. */
async function withPostgres(run: (side: Counting) => Promise<void>): Promise<void> {
  await onFreshPostgres("keyward_bench_http", async (url) => {
    const database = openPostgres(url, 2);
    await database.withSession((session) => migrate(session));
    const seeded = await seed(database);
    await database.close();
    await run({ env: { ...process.env, DATABASE_URL: url }, seeded });
  });
}

async function benchPostgres(barePort: number): Promise<void> {
  await withPostgres(({ env, seeded }) => benchServer("PostgreSQL", env, seeded, barePort));
  // A database of its own, so the per-secret quota of the run above is not shared; both servers
  // on it, as two instances would be.
  await withPostgres((side) => benchUsageCounting("PostgreSQL", side, side));
}

export async function benchHttp(): Promise<void> {
  console.log(
    `\nHTTP on the production server — ${CONCURRENCY} concurrent keep-alive clients, ${ROUNDS} rounds of ${REQUESTS_PER_ROUND} requests per case;`,
  );
  console.log(
    "ops/s: median round; ×bare and ×health: median of per-round throughput relative to the bare Next.js route and to the health probe, and its range over the rounds; p99×: p99 relative to the bare route's",
  );
  console.log(
    `${HEADER}${"×bare".padStart(8)}${"range".padStart(11)}${"×health".padStart(8)}${"range".padStart(11)}${"p99×".padStart(7)}`,
  );
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    console.log("no production build in .next/: run `npx next build` first; skipped.");
    return;
  }
  buildBareNext();
  const barePort = await freePort();
  const bare = await startBareNext(barePort);
  try {
    await benchEmbedded(barePort);
    await benchPostgres(barePort);
  } finally {
    await stop(bare);
  }
}
