import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, demoUsers } from "./fixtures";
import {
  adminQuery,
  configuredUrl,
  databaseUrl,
  instanceEnv,
  reachable,
  serverUrl,
  startInstance,
  stopInstance,
} from "./instances";
import { revealedSecret } from "./secret-helpers";

// Sudo mode answered with a passkey (issue 16): a session outside the sudo window creates a
// token, confirms with Chromium's virtual authenticator, and the token is made as typed. Like
// e2e/sudo-mode.spec.ts it ages the session in the database, so it runs its own server on a fresh
// PostgreSQL database (E2E_PORT + 13), browsed at http://localhost (a WebAuthn RP id).

const port = Number(process.env.E2E_PORT ?? 3100) + 13;
const base = `http://localhost:${port}`;
const owner = demoUsers.owner;

test.describe("sudo mode with a passkey", () => {
  test.describe.configure({ mode: "serial" });

  const name = `keyward_pksudo_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  let dataDir = "";
  let server: ChildProcess | undefined;

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    if (!(await reachable())) {
      test.skip(configuredUrl === undefined, "passkey sudo spec skipped: no PostgreSQL server answers.");
      throw new Error(`E2E_POSTGRES_URL is set but its server does not answer: ${serverUrl}`);
    }
    dataDir = mkdtempSync(path.join(tmpdir(), "keyward-pksudo-"));
    await adminQuery(`CREATE DATABASE "${name}"`);
    const env = instanceEnv(databaseUrl(name), dataDir, randomBytes(32).toString("base64url"), port);
    server = await startInstance({ ...env, KEYWARD_SEED_DEMO: "1", KEYWARD_URL: base }, base);
  });

  test.afterAll(async () => {
    await stopInstance(server);
    if (await reachable()) await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  async function ageSessions() {
    await adminQuery(
      `UPDATE "Session" SET "authenticatedAt" = now() - interval '1 hour'
       WHERE "userId" = (SELECT id FROM "User" WHERE email = $1)`,
      [owner.email],
      databaseUrl(name),
    );
  }

  async function signInAndAddPasskey(page: Page) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("WebAuthn.enable");
    await cdp.send("WebAuthn.addVirtualAuthenticator", {
      options: {
        protocol: "ctap2",
        transport: "internal",
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
      },
    });
    await page.goto(`${base}/sign-in`);
    await page.getByLabel("Email").fill(owner.email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${base}/`);
    await page.goto(`${base}/account/security`);
    const section = page.getByRole("region", { name: "Passkeys" });
    await section.getByLabel("Passkey name").fill("Laptop");
    await section.getByRole("button", { name: "Add a passkey" }).click();
    await expect(section.getByRole("status")).toHaveText('Passkey "Laptop" added.');
  }

  test("creating a token from an old session: confirmed with the passkey, the token is made as typed", async ({
    page,
  }) => {
    await signInAndAddPasskey(page);
    await ageSessions();
    await page.goto(`${base}/account/api`);
    await page.getByRole("button", { name: "Create token" }).first().click();
    const create = page.getByRole("dialog", { name: "Create an API token" });
    const tokenName = `Deploy ${randomBytes(3).toString("hex")}`;
    await create.getByLabel("Name").fill(tokenName);
    await create.getByRole("button", { name: "Create token" }).click();

    const confirm = page.getByRole("dialog", { name: "Confirm it’s you" });
    await confirm.getByRole("button", { name: "Use a passkey" }).click();
    await expect(confirm).toBeHidden();
    expect(await revealedSecret(page)).toMatch(/^dft_/);
    await page.getByRole("button", { name: "I've copied it" }).click();
    await expect(page.getByRole("row").filter({ hasText: tokenName })).toBeVisible();
    const audited = await adminQuery(
      `SELECT metadata->>'method' AS method FROM "AuditEvent" WHERE action = 'account.sudo'`,
      [],
      databaseUrl(name),
    );
    expect(audited).toEqual([{ method: "passkey" }]);
  });
});
