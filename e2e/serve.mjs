// Serves the production build on a throwaway embedded database for the e2e tests: the same
// launcher `npm start` runs (server.mjs), with a fresh KEYWARD_DATA_DIR and a random AUTH_SECRET
// (E2E_AUTH_SECRET when the Playwright config chose it);
// the folder is removed on exit. Mail goes to an SMTP sink (e2e/mail-sink.mjs) on port+1000, whose
// messages the tests read at http://127.0.0.1:<port+2000>/messages (offsets that stay apart for
// servers on neighbouring ports).
// Usage: node e2e/serve.mjs [port]   (run `npx next build` first)
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startMailSink } from "./mail-sink.mjs";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const port = process.argv[2] ?? process.env.E2E_PORT ?? "3100";

if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
  console.error("[e2e] no production build in .next/: run `npx next build` first (npm test does).");
  process.exit(1);
}

const mail = await startMailSink(Number(port) + 1000, Number(port) + 2000);
const dataDir = mkdtempSync(path.join(tmpdir(), "keyward-e2e-"));
const env = {
  ...process.env,
  NODE_ENV: "production",
  PORT: port,
  HOSTNAME: "127.0.0.1",
  KEYWARD_DATA_DIR: dataDir,
  AUTH_SECRET: process.env.E2E_AUTH_SECRET ?? randomBytes(32).toString("base64url"),
  // Links handed out (invitations) use the address the tests browse. "localhost", not 127.0.0.1:
  // WebAuthn refuses an IP address as relying-party id, and localhost resolves to this server.
  KEYWARD_URL: `http://localhost:${port}`,
  // The tests sign in as the demo people: production seeds them only on request.
  KEYWARD_SEED_DEMO: "1",
  SMTP_URL: mail.url,
  SMTP_FROM: "Keyward <keys@keyward.test>",
  // Usage counts reach the database within half a second, so e2e/usage.spec.ts sees them.
  KEYWARD_USAGE_FLUSH_SECONDS: "0.5",
  // Expiry reminders are swept every second, so e2e/expiry-reminders.spec.ts sees them quickly.
  KEYWARD_REMINDER_INTERVAL_SECONDS: "1",
  // Leak reports (e2e/governance.spec.ts) are signed with the test-only private key beside it.
  KEYWARD_SECRET_SCANNING_KEYS: JSON.stringify({
    public_keys: [
      {
        key_identifier: "e2e-test-key",
        key: readFileSync(path.join(root, "e2e", "secret-scanning-test-key.public.pem"), "utf8"),
        is_current: true,
      },
    ],
  }),
};
// A throwaway embedded database, whatever the caller's environment says.
delete env.DATABASE_URL;
delete env.KEYWARD_SKIP_AUTO_SEED;
delete env.KEYWARD_TRUST_PROXY;

console.log(`[e2e] production server on 127.0.0.1:${port}, data in ${dataDir}`);
const child = spawn(process.execPath, [path.join(root, "server.mjs")], { cwd: root, env, stdio: "inherit" });

function cleanUp() {
  rmSync(dataDir, { recursive: true, force: true });
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    if (child.exitCode === null) child.kill(signal);
  });
}
child.on("exit", (code, signal) => {
  cleanUp();
  process.exit(code ?? (signal ? 0 : 1));
});
