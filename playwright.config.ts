import { randomBytes } from "node:crypto";
import { defineConfig, devices } from "@playwright/test";

// End-to-end tests drive Debian's Chromium against the production build (`next build` must have
// run: `npm test` builds first) served by e2e/serve.mjs on a throwaway embedded database.

const port = Number(process.env.E2E_PORT ?? 3100);
// The server's AUTH_SECRET, chosen here so the tests can prove it never reaches a browser (S12);
// the workers and the web server inherit it.
process.env.E2E_AUTH_SECRET ??= randomBytes(32).toString("base64url");
// The browser uses "localhost" (the server's KEYWARD_URL, see e2e/serve.mjs): passkeys need a
// host name as relying-party id. The server stays bound to 127.0.0.1, where localhost resolves.
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "./e2e",
  outputDir: "./test-results",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Two cores: one worker per core; the server shares them.
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : [["list"]],
  use: {
    baseURL,
    headless: true,
    // DOM snapshots and the action log, without the screencast: recording frames of every test
    // cost a third of the suite's time on two cores (4.2 → 2.9 min on team + token-lifecycle).
    trace: { mode: "retain-on-failure", screenshots: false },
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: `node e2e/serve.mjs ${port}`,
    url: `http://127.0.0.1:${port}/sign-in`,
    // Never reuse a running server: the tests rely on a fresh database with only the demo seed.
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
