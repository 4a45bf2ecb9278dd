// First-load JavaScript per route: what a browser with an empty cache downloads to show each page,
// measured on the production build (it builds nothing: run `npx next build` first). The server is
// server.mjs on a free port over a fresh embedded database seeded with the demo people and one
// pending invitation. Each route opens in a new Chromium context (empty cache) and the JS is
// summed as transferred on the wire (CDP Network.loadingFinished encodedDataLength: the gzip
// body plus its response headers), until the network is idle. Budget (issue 17): 150 kB on
// signed-in routes, 120 kB on sign-in, sign-up and the invitation. 1 kB = 1000 bytes, as in
// Chromium's DevTools and Next's build output. KEYWARD_BENCH_SCRIPTS=1 lists each script too.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser, type BrowserContext } from "@playwright/test";
import { systemActor } from "@/lib/actor";
import { installDatabase } from "@/lib/db";
import { openEmbedded } from "@/lib/db/database";
import { migrate } from "@/lib/db/migrator";
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from "@/lib/demo/seed-demo";
import { inviteMember } from "@/lib/team/invite-member";
import { buildBareNext, freePort, startBareNext, startServer, stop } from "./http.bench";

const ROOT = path.resolve(import.meta.dirname, "..");
const SIGNED_IN_BUDGET = 150_000;
const SIGNED_OUT_BUDGET = 120_000;
const OWNER = DEMO_USERS[0].email;

type Seeded = { websiteId: string; inviteToken: string };
/** `budget` null: printed for reference only (the framework's own share). */
type Route = { label: string; path: string; signedIn: boolean; budget: number | null; status?: number };
type Load = { bytes: number; scripts: number; uncompressed: number };

/** The demo seed plus an invitation from the owner, written before the server opens the folder. */
async function seed(dataDir: string): Promise<Seeded> {
  const database = openEmbedded({ dataDir: path.join(dataDir, "pglite") });
  try {
    await database.withSession((session) => migrate(session));
    installDatabase(database);
    await seedDemo();
    const owner = await database.prisma.user.findUniqueOrThrow({ where: { email: OWNER } });
    const website = await database.prisma.website.findFirstOrThrow({ where: { domain: "shop.example.com" } });
    const { token } = await inviteMember(systemActor(owner.id), website.id, {
      email: "bench-invitee@keyward.test",
      role: "member",
    });
    return { websiteId: website.id, inviteToken: token };
  } finally {
    await database.close();
  }
}

function routes({ websiteId, inviteToken }: Seeded): Route[] {
  const site = `/websites/${websiteId}`;
  const signedIn: [string, string][] = [
    ["Websites", "/"],
    ["Website overview", site],
    ["Website → General", `${site}/settings`],
    ["Website → Developer", `${site}/settings/developer`],
    ["Website → Team", `${site}/settings/team`],
    ["Website → Activity", `${site}/settings/activity`],
    ["Account → Profile", "/account"],
    ["Account → API", "/account/api"],
    ["Account → Security", "/account/security"],
    ["Account → Sessions", "/account/sessions"],
    ["Account → Activity", "/account/activity"],
    ["API reference", "/api-reference"],
  ];
  return [
    // A page with no client component of Keyward's: what Next.js and React weigh by themselves.
    { label: "Not found (framework)", path: "/no-such-page", signedIn: false, budget: null, status: 404 },
    { label: "Sign in", path: "/sign-in", signedIn: false, budget: SIGNED_OUT_BUDGET },
    { label: "Sign up", path: "/sign-up", signedIn: false, budget: SIGNED_OUT_BUDGET },
    { label: "Invitation", path: `/invite/${inviteToken}`, signedIn: false, budget: SIGNED_OUT_BUDGET },
    ...signedIn.map(([label, route]) => ({ label, path: route, signedIn: true, budget: SIGNED_IN_BUDGET })),
  ];
}

/** Signs the context in as the demo owner through next-auth's credentials callback, as the form does. */
async function signIn(context: BrowserContext, origin: string): Promise<void> {
  const csrf = await context.request.get(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const reply = await context.request.post(`${origin}/api/auth/callback/credentials`, {
    form: { csrfToken, email: OWNER, password: DEMO_PASSWORD, json: "true" },
    maxRedirects: 0,
  });
  const { cookies } = await context.storageState();
  if (!reply.ok() || !cookies.some((cookie) => cookie.name.endsWith("next-auth.session-token")))
    throw new Error(`sign-in as ${OWNER} failed (${reply.status()})`);
}

/** JS bytes on the wire for one cold load of `url`; refuses a load that did not end on `url` with `status`. */
async function measure(context: BrowserContext, url: string, status: number): Promise<Load> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const scripts = new Map<string, { encoding: string; url: string }>();
  const load: Load = { bytes: 0, scripts: 0, uncompressed: 0 };
  cdp.on("Network.responseReceived", ({ requestId, type, response }) => {
    if (type !== "Script") return;
    const headers = Object.fromEntries(
      Object.entries(response.headers).map(([k, v]) => [k.toLowerCase(), v]),
    );
    scripts.set(requestId, { encoding: String(headers["content-encoding"] ?? ""), url: response.url });
  });
  cdp.on("Network.loadingFinished", ({ requestId, encodedDataLength }) => {
    const script = scripts.get(requestId);
    if (!script) return;
    load.bytes += encodedDataLength;
    load.scripts += 1;
    // Served without compression: counted, and flagged, so a misconfigured server shows.
    if (script.encoding === "") load.uncompressed += 1;
    if (process.env.KEYWARD_BENCH_SCRIPTS) console.log(`  ${encodedDataLength} ${script.url}`);
  });
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const response = await page.goto(url, { waitUntil: "load" });
  await page.waitForLoadState("networkidle");
  if (response?.status() !== status || page.url() !== url)
    throw new Error(`${url} answered ${response?.status()} and ended on ${page.url()}`);
  await page.close();
  return load;
}

const kB = (bytes: number) => (bytes / 1000).toFixed(1);

/** The same Next.js version's bare page (bench/bare-next): the floor any App Router page starts from. */
async function measureBareNext(browser: Browser): Promise<void> {
  buildBareNext();
  const port = await freePort();
  const server = await startBareNext(port);
  const context = await browser.newContext();
  try {
    const load = await measure(context, `http://127.0.0.1:${port}/`, 200);
    console.log(
      `${"bare Next.js page".padEnd(22)}${String(load.scripts).padStart(8)}${kB(load.bytes).padStart(10)}${"—".padStart(10)}`,
    );
  } finally {
    await context.close();
    await stop(server);
  }
}

async function measureAll(browser: Browser, origin: string, seeded: Seeded): Promise<boolean> {
  let withinBudget = true;
  for (const route of routes(seeded)) {
    const context = await browser.newContext();
    try {
      if (route.signedIn) await signIn(context, origin);
      const load = await measure(context, `${origin}${route.path}`, route.status ?? 200);
      const { budget } = route;
      const verdict = budget === null ? "" : load.bytes <= budget ? "ok" : "OVER";
      if (budget !== null && load.bytes > budget) withinBudget = false;
      const plain = load.uncompressed > 0 ? `  (${load.uncompressed} uncompressed)` : "";
      console.log(
        `${route.label.padEnd(22)}${String(load.scripts).padStart(8)}${kB(load.bytes).padStart(10)}${(budget === null ? "—" : kB(budget)).padStart(10)}  ${verdict}${plain}`,
      );
    } finally {
      await context.close();
    }
  }
  return withinBudget;
}

export async function benchFirstLoadJs(): Promise<void> {
  console.log(
    "\nFirst-load JavaScript per route — cold cache, JS transferred (gzip) until network idle, kB = 1000 B",
  );
  console.log(`${"route".padEnd(22)}${"scripts".padStart(8)}${"kB".padStart(10)}${"budget".padStart(10)}`);
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    console.log("no production build in .next/: run `npx next build` first; skipped.");
    return;
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), "keyward-bench-js-"));
  const port = await freePort();
  // startServer sets KEYWARD_URL to this address.
  const origin = `http://127.0.0.1:${port}`;
  try {
    const seeded = await seed(dataDir);
    const env: NodeJS.ProcessEnv = { ...process.env, KEYWARD_DATA_DIR: dataDir };
    delete env.DATABASE_URL;
    delete env.KEYWARD_SEED_DEMO;
    const server = await startServer(env, port);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
    });
    try {
      await measureBareNext(browser);
      const withinBudget = await measureAll(browser, origin, seeded);
      console.log(withinBudget ? "every route within budget" : "some routes over budget");
    } finally {
      await browser.close();
      await stop(server);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
