import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, demoUsers } from "./fixtures";
import { seededInstance } from "./instances";
import { revealedSecret } from "./secret-helpers";

// Sudo mode answered with a passkey (issue 16): a session outside the sudo window creates a
// token, confirms with Chromium's virtual authenticator, and the token is made as typed. Like
// e2e/sudo-mode.spec.ts it ages the session in the database, so it runs its own server on a fresh
// PostgreSQL database (E2E_PORT + 13), browsed at http://localhost (a WebAuthn RP id).

const owner = demoUsers.owner;

test.describe("sudo mode with a passkey", () => {
  test.describe.configure({ mode: "serial" });

  const { base, query } = seededInstance("pksudo", 13);

  async function ageSessions() {
    await query(
      `UPDATE "Session" SET "authenticatedAt" = now() - interval '1 hour'
       WHERE "userId" = (SELECT id FROM "User" WHERE email = $1)`,
      [owner.email],
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

  test("S95 creating a token from an old session: confirmed with the passkey, the token is made as typed", async ({
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
    const audited = await query(
      `SELECT metadata->>'method' AS method FROM "AuditEvent" WHERE action = 'account.sudo'`,
    );
    expect(audited).toEqual([{ method: "passkey" }]);
  });
});
