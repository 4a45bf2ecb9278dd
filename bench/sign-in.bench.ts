// The health probe's latency while 24 people sign in at once, on the production server over the
// embedded database. Password hashing (argon2id, 19 MiB) is bounded per process
// (lib/users/password.ts): the sign-ins queue instead of taking every core, so other requests
// keep their latency. Target: health p99 under 100 ms during the burst. The sign-in pages (CSRF
// tokens) are fetched before each burst: the burst is the 24 "Sign in" posts at once.
import { mkdtempSync, rmSync, existsSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { openEmbedded } from "@/lib/db/database";
import { migrate } from "@/lib/db/migrator";
import { hashPassword } from "@/lib/users/password";
import { freePort, startServer } from "./http.bench";
import { percentiles } from "./stats";

const ROOT = path.resolve(import.meta.dirname, "..");
const PEOPLE = 24;
const ROUNDS = 3;
const PASSWORD = "bench passphrase 2026";
// The per-address ceiling on password checks counts in 10-second windows: one burst per window.
const WINDOW_MS = 10_000;

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };

function call(port: number, method: string, target: string, headers: Record<string, string>, body = "") {
  return new Promise<Reply>((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, method, path: target, headers }, (res) => {
      let data = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (data += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: data }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

type Csrf = { cookie: string; csrfToken: string };

/** next-auth's CSRF cookie and token, as the sign-in page has them before anyone presses "Sign in". */
async function csrfFor(port: number): Promise<Csrf> {
  const csrf = await call(port, "GET", "/api/auth/csrf", {});
  const cookie = (csrf.headers["set-cookie"] ?? []).map((line) => line.split(";")[0]).join("; ");
  return { cookie, csrfToken: (JSON.parse(csrf.body) as { csrfToken: string }).csrfToken };
}

/** next-auth's credentials sign-in, as the form posts it; whether it succeeded. */
async function signIn(port: number, email: string, { cookie, csrfToken }: Csrf): Promise<boolean> {
  const form = new URLSearchParams({ csrfToken, email, password: PASSWORD, json: "true" }).toString();
  const reply = await call(
    port,
    "POST",
    "/api/auth/callback/credentials",
    {
      cookie,
      "content-type": "application/x-www-form-urlencoded",
    },
    form,
  );
  return reply.status === 200 && !String(JSON.parse(reply.body).url).includes("error=");
}

/** Health probe durations (ns), one request after another, until `done` settles. */
async function probe(port: number, done: Promise<unknown>): Promise<number[]> {
  const durations: number[] = [];
  let finished = false;
  void done.finally(() => (finished = true));
  while (!finished) {
    const start = process.hrtime.bigint();
    const { status } = await call(port, "GET", "/api/health", {});
    if (status !== 200) throw new Error(`/api/health answered ${status}`);
    durations.push(Number(process.hrtime.bigint() - start));
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return durations;
}

function ms(durationsNs: number[]) {
  const { p50, p99 } = percentiles(durationsNs);
  const max = Math.max(...durationsNs) / 1e6;
  return `p50 ${(p50 / 1000).toFixed(1)} ms, p99 ${(p99 / 1000).toFixed(1)} ms, max ${max.toFixed(1)} ms`;
}

export async function benchSignIn(): Promise<void> {
  console.log(
    `\nHealth probe during ${PEOPLE} parallel sign-ins (production server, embedded database), target p99 < 100 ms`,
  );
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    console.log("no production build in .next/: run `npx next build` first; skipped.");
    return;
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), "keyward-bench-sign-in-"));
  try {
    const database = openEmbedded({ dataDir: path.join(dataDir, "pglite") });
    await database.withSession((session) => migrate(session));
    const passwordHash = await hashPassword(PASSWORD);
    const emails = Array.from({ length: PEOPLE }, (_, i) => `bench-${i}@example.test`);
    await database.prisma.user.createMany({
      data: emails.map((email, i) => ({ email, name: `Bench ${i}`, passwordHash })),
    });
    await database.close();
    const env: NodeJS.ProcessEnv = { ...process.env, KEYWARD_DATA_DIR: dataDir };
    delete env.DATABASE_URL;
    const port = await freePort();
    const server = await startServer(env, port);
    try {
      // Two controls beside the sign-ins, in the same rounds: 24 posts next-auth refuses at its
      // CSRF check (the same requests, without any password work or statement) and 24 health
      // requests. What the sign-ins add over them is the cost of the password work itself.
      const cases: [string, (i: number, csrf: Csrf) => Promise<boolean>][] = [
        [`${PEOPLE} sign-ins`, (i, csrf) => signIn(port, emails[i]!, csrf)],
        [
          `${PEOPLE} posts refused at CSRF`,
          (i) => signIn(port, emails[i]!, { cookie: "", csrfToken: "x" }).then(() => true),
        ],
        [
          `${PEOPLE} health requests`,
          () => call(port, "GET", "/api/health", {}).then((r) => r.status === 200),
        ],
      ];
      const during = cases.map((): number[] => []);
      const walls = cases.map((): number[] => []);
      // Round -1 warms the server up (route modules load and code compiles on first use) and is
      // not counted; the idle probe follows it.
      for (let round = -1; round < ROUNDS; round++) {
        if (round === 0) {
          const idle = await probe(port, new Promise((resolve) => setTimeout(resolve, 2_000)));
          console.log(`  ${"idle".padEnd(40)} ${ms(idle)}`);
        }
        // Each round starts a fresh window of the per-address ceiling on password checks.
        await new Promise((resolve) => setTimeout(resolve, WINDOW_MS - (Date.now() % WINDOW_MS) + 50));
        for (const [index, [name, run]] of cases.entries()) {
          const tokens = await Promise.all(emails.map(() => csrfFor(port)));
          const started = process.hrtime.bigint();
          const burst = Promise.all(emails.map((_, i) => run(i, tokens[i]!)));
          const [health, results] = await Promise.all([probe(port, burst), burst]);
          if (!results.every(Boolean)) throw new Error(`${name}: not every request succeeded`);
          if (round < 0) continue;
          walls[index]!.push(Number(process.hrtime.bigint() - started) / 1e6);
          during[index]!.push(...health);
        }
      }
      for (const [index, [name]] of cases.entries()) {
        const wall = Math.max(...walls[index]!).toFixed(0);
        console.log(`  ${`during ${name}`.padEnd(40)} ${ms(during[index]!)} (bursts ≤ ${wall} ms)`);
      }
    } finally {
      server.kill();
      await new Promise((resolve) => server.once("exit", resolve));
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
